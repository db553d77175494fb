#!/usr/bin/env python3
"""Fails when an alert of alerts.yml has no promtool unit test case in which it fires and one in
which it must stay silent (an alert_rule_test entry for that alertname with exp_alerts: []).

  lint_alert_tests.py [--alerts FILE] [TEST_FILE...]     (default: prometheus/tests/*.yml)
"""
import argparse
import glob
import os

from lintlib import OBS, Report, load_yaml, rules


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--alerts", default=os.path.join(OBS, "prometheus", "alerts.yml"))
    ap.add_argument("tests", nargs="*")
    a = ap.parse_args()
    files = a.tests or sorted(glob.glob(os.path.join(OBS, "prometheus", "tests", "*.yml")))
    r = Report("lint_alert_tests")
    if not files:
        r.error("no test files found")
    alerts = [x["alert"] for x in rules(a.alerts) if "alert" in x]
    fires, silent = set(), set()
    for f in files:
        doc = load_yaml(f) or {}
        for case in doc.get("tests") or []:
            for t in case.get("alert_rule_test") or []:
                name = t.get("alertname")
                if name not in alerts:
                    r.error(f"{os.path.basename(f)}: test for unknown alert {name}")
                exp = t.get("exp_alerts") or []
                (fires if exp else silent).add(name)
                for e in exp:
                    if "severity" not in (e.get("exp_labels") or {}):
                        r.error(f"{os.path.basename(f)}: expected {name} without its severity label")
                    if not (e.get("exp_annotations") or {}).get("runbook_url"):
                        r.error(f"{os.path.basename(f)}: expected {name} without its annotations")
    for name in alerts:
        if name not in fires:
            r.error(f"alert {name} has no test case in which it fires")
        if name not in silent:
            r.error(f"alert {name} has no test case in which it must not fire")
    r.finish(f"{len(alerts)} alerts, {len(files)} test files")


if __name__ == "__main__":
    main()
