#!/usr/bin/env python3
"""Lints the Grafana provisioning files.

  lint_provisioning.py [--dir DIR]     (default: grafana/provisioning)

Fails when a file is not valid YAML or lacks apiVersion 1, when there is no prometheus and no
grafana-postgresql-datasource datasource (the types the dashboards' DS_PROMETHEUS/DS_POSTGRES
variables select), when a datasource url, user, database or password is written literally instead
of taken from a ${VARIABLE} that Grafana expands, when datasource names/uids repeat, or when a
dashboard provider does not read its path from a variable.
"""
import argparse
import glob
import os
import re

from lintlib import OBS, Report, load_yaml

VAR = re.compile(r"^\$\{?[A-Z][A-Z0-9_]*\}?$")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=os.path.join(OBS, "grafana", "provisioning"))
    a = ap.parse_args()
    r = Report("lint_provisioning")
    types, names, uids = set(), set(), set()
    ds_files = sorted(glob.glob(os.path.join(a.dir, "datasources", "*.yml")))
    db_files = sorted(glob.glob(os.path.join(a.dir, "dashboards", "*.yml")))
    if not ds_files or not db_files:
        r.error(f"{a.dir}: need datasources/*.yml and dashboards/*.yml")
    for f in ds_files + db_files:
        try:
            doc = load_yaml(f) or {}
        except Exception as e:  # yaml error
            r.error(f"{f}: not YAML: {e}")
            continue
        if doc.get("apiVersion") != 1:
            r.error(f"{f}: apiVersion 1 missing")
        for ds in doc.get("datasources") or []:
            where = f"{os.path.basename(f)} datasource {ds.get('name')!r}"
            types.add(ds.get("type"))
            for key, seen in (("name", names), ("uid", uids)):
                if ds.get(key) in seen:
                    r.error(f"{where}: {key} repeated")
                seen.add(ds.get(key))
            secrets = [("url", ds.get("url"))]
            if ds.get("type") == "grafana-postgresql-datasource":
                secrets += [("user", ds.get("user")), ("jsonData.database", (ds.get("jsonData") or {}).get("database")),
                            ("secureJsonData.password", (ds.get("secureJsonData") or {}).get("password"))]
            for key, value in secrets:
                if not isinstance(value, str) or not VAR.match(value):
                    r.error(f"{where}: {key} must come from an environment variable, found {value!r}")
        for p in doc.get("providers") or []:
            path = (p.get("options") or {}).get("path")
            if not isinstance(path, str) or not VAR.match(path):
                r.error(f"{os.path.basename(f)} provider {p.get('name')!r}: options.path must be an environment variable, found {path!r}")
    for t in ("prometheus", "grafana-postgresql-datasource"):
        if t not in types:
            r.error(f"no datasource of type {t}")
    r.finish(f"{len(ds_files)} datasource files, {len(db_files)} dashboard provider files")


if __name__ == "__main__":
    main()
