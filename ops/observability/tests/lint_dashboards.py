#!/usr/bin/env python3
"""Lints Grafana dashboards.

  lint_dashboards.py [--exprs-out FILE] [DASHBOARD.json...]   (default: grafana/dashboards/*.json)

Fails when
  * the dashboard does not define the datasource variables DS_PROMETHEUS (prometheus) and
    DS_POSTGRES (grafana-postgresql-datasource), or one of them is not used by any panel;
  * a panel, target or variable refers to a datasource by anything but ${DS_PROMETHEUS}/${DS_POSTGRES}
    (a hard-coded uid, a datasource name string, a missing datasource);
  * a panel other than a row lacks a title, a description or fieldConfig.defaults.unit;
  * two panels (rows and nested panels included) share an id, or an id is not a positive integer;
  * a counter series (catalogue or exporter type counter / histogram part, or for unknown series a
    name ending in _total, _count, _sum, _bucket) is used outside rate(), increase() or irate();
  * the dashboard has no uid/title, or a uid/title is used by two dashboards.
With --exprs-out, writes every Prometheus expression (Grafana variables replaced) to FILE as a
Prometheus rule file, so that run-checks can have promtool parse them.
"""
import argparse
import glob
import os
import re
import sys

import yaml

import promql
from lintlib import HERE, OBS, Report, capture_series, catalogue_path, catalogue_series, iter_panels, load_json

DS_VARS = {"DS_PROMETHEUS": "prometheus", "DS_POSTGRES": "grafana-postgresql-datasource"}
RATE_FUNCS = {"rate", "increase", "irate"}
COUNTER_SUFFIX = re.compile(r"_(total|count|sum|bucket)$")


def known_types():
    types = {}
    for path in glob.glob(os.path.join(HERE, "fixtures", "exporter-metrics", "*.txt")):
        types.update(capture_series(path))
    cat = catalogue_path()
    if os.path.isfile(cat):
        types.update(catalogue_series(load_json(cat)))
    return types


def is_counter(name, types):
    if ":" in name:                     # recording rules carry rates and ratios, never raw counters
        return False
    if name in types:
        return types[name] == "counter"
    return bool(COUNTER_SUFFIX.search(name))


def ds_ref_ok(ds, r, where):
    if not isinstance(ds, dict):
        r.error(f"{where}: datasource {ds!r} is not a {{type, uid}} reference to a datasource variable")
        return None
    uid = ds.get("uid", "")
    m = re.fullmatch(r"\$\{(\w+)\}", uid or "")
    if not m or m.group(1) not in DS_VARS:
        r.error(f"{where}: datasource uid {uid!r} is not ${{DS_PROMETHEUS}} or ${{DS_POSTGRES}}")
        return None
    var = m.group(1)
    if ds.get("type") != DS_VARS[var]:
        r.error(f"{where}: datasource type {ds.get('type')!r} does not match {var} ({DS_VARS[var]})")
    return var


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exprs-out")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(OBS, "grafana", "dashboards", "*.json")))
    r = Report("lint_dashboards")
    types = known_types()
    exprs = []
    uids, titles = {}, {}
    npanels = 0
    for f in files:
        base = os.path.basename(f)
        try:
            d = load_json(f)
        except ValueError as e:
            r.error(f"{base}: not JSON: {e}")
            continue
        for key, seen in (("uid", uids), ("title", titles)):
            v = d.get(key)
            if not v:
                r.error(f"{base}: dashboard {key} missing")
            elif v in seen:
                r.error(f"{base}: dashboard {key} {v!r} also used by {seen[v]}")
            else:
                seen[v] = base
        variables = {v.get("name"): v for v in (d.get("templating") or {}).get("list") or []}
        for var, plugin in DS_VARS.items():
            v = variables.get(var)
            if not v or v.get("type") != "datasource" or v.get("query") != plugin:
                r.error(f"{base}: template variable {var} of type datasource (query {plugin}) missing")
        used = set()
        for v in variables.values():
            if v.get("type") == "query":
                var = ds_ref_ok(v.get("datasource"), r, f"{base} variable {v.get('name')}")
                used.add(var)
                q = v.get("query")
                q = q.get("query") if isinstance(q, dict) else q
                e = promql.variable_query_expr(q or "")
                if e:
                    exprs.append((f"{base} variable {v.get('name')}", e))
        ids = set()
        for p in iter_panels(d.get("panels")):
            npanels += 1
            pid = p.get("id")
            where = f"{base} panel {pid} {p.get('title')!r}"
            if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
                r.error(f"{where}: id must be a positive integer")
            elif pid in ids:
                r.error(f"{where}: duplicate panel id {pid}")
            ids.add(pid)
            if p.get("type") == "row":
                continue
            if not str(p.get("title", "")).strip():
                r.error(f"{where}: title missing")
            if not str(p.get("description", "")).strip():
                r.error(f"{where}: description missing")
            unit = ((p.get("fieldConfig") or {}).get("defaults") or {}).get("unit")
            if not unit:
                r.error(f"{where}: fieldConfig.defaults.unit missing")
            pvar = ds_ref_ok(p.get("datasource"), r, where)
            used.add(pvar)
            targets = p.get("targets") or []
            if not targets:
                r.error(f"{where}: no queries")
            for t in targets:
                tvar = ds_ref_ok(t.get("datasource", p.get("datasource")), r, f"{where} target {t.get('refId')}")
                used.add(tvar)
                if tvar == "DS_PROMETHEUS":
                    expr = t.get("expr", "")
                    if not expr.strip():
                        r.error(f"{where} target {t.get('refId')}: empty expr")
                        continue
                    exprs.append((f"{where} target {t.get('refId')}", expr))
                    try:
                        for name, stack in promql.metric_uses(expr):
                            if is_counter(name, types) and promql.innermost_function(stack) not in RATE_FUNCS:
                                r.error(f"{where}: counter {name} used outside rate()/increase()/irate()")
                    except promql.PromQLScanError as e:
                        r.error(f"{where}: cannot scan expr: {e}")
                elif tvar == "DS_POSTGRES" and not str(t.get("rawSql", "")).strip():
                    r.error(f"{where} target {t.get('refId')}: empty rawSql")
        for var in DS_VARS:
            if var not in used:
                r.error(f"{base}: datasource variable {var} is defined but used by no panel")
    if a.exprs_out:
        doc = {"groups": [{"name": "dashboard-expressions", "rules": [
            {"record": f"dashboard:expr_{i}:check", "expr": promql.grafana_to_promql(e), "labels": {"source": w[:200]}}
            for i, (w, e) in enumerate(exprs)]}]}
        with open(a.exprs_out, "w") as out:
            yaml.safe_dump(doc, out, sort_keys=False, width=1000)
    r.finish(f"{len(files)} dashboards, {npanels} panels, {len(exprs)} Prometheus queries")


if __name__ == "__main__":
    main()
