#!/usr/bin/env python3
"""Runs every dashboard PromQL query against a live Prometheus and fails for each one that returns
no series, or only NaN (which Grafana shows as an empty panel too), so that a panel which would
stay empty is noticed.

  check_dashboard_promql.py [--strict] [--allow-nan] PROMETHEUS_URL QUERIES.yml

QUERIES.yml is the rule file written by lint_dashboards.py --exprs-out (Grafana variables already
replaced). Queries that may legitimately be empty in the live test are listed in EXPECTED_EMPTY
with the reason; they are reported, not failed, unless --strict is given (live-app runs the check
again with --strict once the faults have produced those series). --allow-nan accepts series whose
values are all NaN: live-app uses it during the database cut, when ratios over windows without
successful traffic are 0/0 by definition.
"""
import json
import sys
import urllib.parse
import urllib.request

import yaml

# expression (exactly as written by lint_dashboards.py) -> why it may return nothing in the live test
EXPECTED_EMPTY = {
    'sum(rate(lms_http_server_requests_seconds_count{job="lms", route=~".*/courses.*", status="5xx"}[5m]))'
    ' / sum(rate(lms_http_server_requests_seconds_count{job="lms", route=~".*/courses.*"}[5m]))':
        "no course request has failed with 5xx before the database cut; checked again with --strict during it",
}


def query(url, expr):
    with urllib.request.urlopen(f"{url}/api/v1/query?{urllib.parse.urlencode({'query': expr})}", timeout=10) as r:
        return json.load(r)["data"]["result"]


def has_number(result):
    """Whether any series (or the scalar) holds a value other than NaN."""
    vector = result and isinstance(result[0], dict)
    values = [series["value"][1] for series in result] if vector else [result[1]]
    return any(value.lower() != "nan" for value in values)


def main():
    args = sys.argv[1:]
    strict = "--strict" in args
    allow_nan = "--allow-nan" in args
    args = [a for a in args if a not in ("--strict", "--allow-nan")]
    url, path = args[0].rstrip("/"), args[1]
    rules = [r for g in yaml.safe_load(open(path))["groups"] for r in g["rules"]]
    empty, allowed = [], 0
    for r in rules:
        expr, where = r["expr"], r["labels"]["source"]
        result = query(url, expr)
        if result and (allow_nan or has_number(result)):
            continue
        if expr in EXPECTED_EMPTY and not strict:
            allowed += 1
            print(f"  expected empty: {where}: {expr} ({EXPECTED_EMPTY[expr]})")
        else:
            empty.append(where)
            print(f"  {'only NaN' if result else 'no data'}: {where}: {expr}")
    print(f"{len(rules)} queries, {len(empty)} without data, {allowed} empty as listed in EXPECTED_EMPTY")
    sys.exit(1 if empty else 0)


if __name__ == "__main__":
    main()
