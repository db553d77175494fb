#!/usr/bin/env python3
"""Lints the Prometheus rule files and the runbooks.

  lint_rules.py [--alerts FILE] [--rules-dir DIR] [--runbooks DIR] [--repo-root DIR]

Fails when
  * an alert lacks severity (critical|warning|info) or one of the annotations summary,
    description, runbook_url;
  * runbook_url is not "ops/observability/runbooks/<alertname>.md" or that file does not exist
    (relative to the repository root), or a runbook lacks its sections;
  * a runbook file exists for no alert;
  * a recording rule name does not follow level:metric:operations;
  * an alert or recording rule name is defined twice.
With --exprs-out, writes the ```promql blocks of the runbooks to a rule file so that run-checks can
have promtool parse every query a runbook tells the reader to run.
"""
import argparse
import glob
import os
import re

import yaml

from lintlib import OBS, OPS, Report, rules

RECORD_NAME = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_]*:[a-zA-Z_][a-zA-Z0-9_]*:[a-zA-Z_][a-zA-Z0-9_]*$")
SECTIONS = ["## What it means", "## Confirm", "## First actions"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--alerts", default=os.path.join(OBS, "prometheus", "alerts.yml"))
    ap.add_argument("--rules-dir", default=os.path.join(OBS, "prometheus"))
    ap.add_argument("--runbooks", default=os.path.join(OBS, "runbooks"))
    ap.add_argument("--repo-root", default=os.path.dirname(OPS))
    ap.add_argument("--exprs-out", help="write the runbooks' promql blocks to this rule file for promtool")
    a = ap.parse_args()
    r = Report("lint_rules")

    alerts = list(rules(a.alerts))
    names = set()
    for rule in alerts:
        name = rule.get("alert")
        if not name:
            r.error(f"{a.alerts}: non-alert rule {rule.get('record')} in the alerts file")
            continue
        if name in names:
            r.error(f"alert {name} is defined twice")
        names.add(name)
        sev = (rule.get("labels") or {}).get("severity")
        if sev not in ("critical", "warning", "info"):
            r.error(f"alert {name}: severity label is {sev!r}, expected critical, warning or info")
        ann = rule.get("annotations") or {}
        for key in ("summary", "description", "runbook_url"):
            if not str(ann.get(key, "")).strip():
                r.error(f"alert {name}: annotation {key} missing or empty")
        url = ann.get("runbook_url", "")
        want = f"ops/observability/runbooks/{name}.md"
        if url and url != want:
            r.error(f"alert {name}: runbook_url is {url!r}, expected {want!r}")
        if url:
            path = os.path.join(a.repo_root, url)
            if not os.path.isfile(path):
                r.error(f"alert {name}: runbook {url} does not exist")
            else:
                text = open(path).read()
                for sec in SECTIONS:
                    if sec not in text:
                        r.error(f"runbook {url}: section '{sec}' missing")
                if name not in text.splitlines()[0]:
                    r.error(f"runbook {url}: first line should name the alert {name}")

    for path in sorted(glob.glob(os.path.join(a.runbooks, "*.md"))):
        base = os.path.basename(path)[:-3]
        if base != "README" and base not in names:
            r.error(f"runbook {base}.md belongs to no alert in {os.path.basename(a.alerts)}")

    if a.exprs_out:
        blocks = []
        for path in sorted(glob.glob(os.path.join(a.runbooks, "*.md"))):
            for i, q in enumerate(re.findall(r"```promql\n(.*?)```", open(path).read(), re.S)):
                blocks.append({"record": f"runbook:expr_{len(blocks)}:check", "expr": q.strip(),
                               "labels": {"source": f"{os.path.basename(path)} block {i + 1}"}})
        if not blocks:
            r.error("no promql blocks found in the runbooks")
        with open(a.exprs_out, "w") as out:
            yaml.safe_dump({"groups": [{"name": "runbook-queries", "rules": blocks}]}, out, sort_keys=False, width=1000)

    records = {}
    for path in sorted(glob.glob(os.path.join(a.rules_dir, "*.yml"))):
        doc_rules = list(rules(path)) if os.path.basename(path) != "prometheus.yml" else []
        for rule in doc_rules:
            rec = rule.get("record")
            if rec is None:
                continue
            if not RECORD_NAME.match(rec):
                r.error(f"{os.path.basename(path)}: recording rule {rec} is not named level:metric:operations")
            if rec in records and records[rec] != path:
                r.error(f"recording rule {rec} defined in {records[rec]} and {path}")
            records.setdefault(rec, path)
    r.finish(f"{len(alerts)} alerts, {len(records)} recording rule names")


if __name__ == "__main__":
    main()
