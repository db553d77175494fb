#!/usr/bin/env python3
"""Checks that every metric name used in a dashboard, recording rule, alert or runbook query is known, and lints
the metric catalogue itself.

  lint_metric_names.py [--catalogue FILE] [--exporters FILE] [--rules-dir DIR] [--dashboards DIR]

A name is known when it is
  * a series of the metric catalogue (histograms give _bucket, _count and _sum; the path comes from
    LMS_METRIC_CATALOGUE, default the real catalogue in adapters-metrics; there is no fallback);
  * a recording rule defined in a rule file under prometheus/;
  * a name or prefix of exporters.json; for a prefix whose exporter has a capture in
    tests/fixtures/exporter-metrics/, the name must also be in that capture (catches typos such as
    node_memory_MemAvail_bytes), unless it matches one of the exporter's unverified_prefixes.
The catalogue lint fails when a metric has no name/type/help, a counter does not end in _total,
a histogram is listed with a _bucket/_count/_sum suffix, a name is not lms_-prefixed snake case,
a label has neither "values" nor "pattern", or a label name suggests an unbounded or personal
value (user/account/student ids, e-mail, IP, session, token, name, path, url, query).
"""
import argparse
import glob
import os
import re

import promql
from lintlib import HERE, OBS, Report, capture_series, catalogue_path, catalogue_series, iter_panels, load_json, rules

FORBIDDEN_LABEL = re.compile(r"(^|_)(user|users|account|student|learner|email|mail|ip|ips|addr|address|client|session|token|username|name|path|url|uri|query|id)(_|$)", re.I)
NAME = re.compile(r"^lms_[a-z0-9_]+$")


def lint_catalogue(cat, r):
    metrics = cat.get("metrics")
    if not isinstance(metrics, list) or not metrics:
        r.error("catalogue: 'metrics' list missing or empty")
        return
    seen = set()
    for m in metrics:
        name = m.get("name", "")
        where = f"catalogue metric {name!r}"
        if name in seen:
            r.error(f"{where}: listed twice")
        seen.add(name)
        if not NAME.match(name):
            r.error(f"{where}: name must be lms_ snake case")
        typ = m.get("type")
        if typ not in ("counter", "gauge", "histogram", "summary"):
            r.error(f"{where}: type {typ!r} unknown")
        if typ == "counter" and not name.endswith("_total"):
            r.error(f"{where}: counter names end in _total")
        if typ in ("histogram", "summary") and re.search(r"_(bucket|count|sum|total)$", name):
            r.error(f"{where}: histograms are listed by base name")
        if not str(m.get("help", "")).strip():
            r.error(f"{where}: help missing")
        if not str(m.get("unit", "")).strip():
            r.error(f"{where}: unit missing")
        labels = m.get("labels")
        if not isinstance(labels, dict):
            r.error(f"{where}: labels must be an object")
            continue
        for lname, spec in labels.items():
            if FORBIDDEN_LABEL.search(lname) and lname not in ("route",):
                r.error(f"{where}: label {lname!r} looks like an unbounded or personal value")
            if not isinstance(spec, dict) or not (spec.get("values") or spec.get("pattern")):
                r.error(f"{where}: label {lname!r} needs a 'values' list or a 'pattern'")
            elif spec.get("pattern"):
                try:
                    re.compile(spec["pattern"])
                except re.error as e:
                    r.error(f"{where}: label {lname!r} pattern does not compile: {e}")


def exporter_resolver(exporters_doc):
    captures = {os.path.basename(p)[:-4]: capture_series(p)
                for p in glob.glob(os.path.join(HERE, "fixtures", "exporter-metrics", "*.txt"))}
    entries = exporters_doc.get("exporters") or {}

    def resolve(name):
        """Returns (exporter, None) when known, (None, reason) otherwise."""
        reason = None
        for exp, spec in entries.items():
            if name in (spec.get("names") or []):
                return exp, None
            if any(name.startswith(p) for p in spec.get("unverified_prefixes") or []):
                return exp, None
            if any(name.startswith(p) for p in spec.get("prefixes") or []):
                cap = captures.get(spec.get("capture", exp))
                if cap is None or name in cap:
                    return exp, None
                reason = f"matches a prefix of {exp} but is not in its capture fixtures/exporter-metrics/{spec.get('capture', exp)}.txt"
        return None, reason or "not in the catalogue, not a recording rule, not from an exporter in exporters.json"
    return resolve


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--catalogue", default=catalogue_path())
    ap.add_argument("--exporters", default=os.path.join(OBS, "exporters.json"))
    ap.add_argument("--rules-dir", default=os.path.join(OBS, "prometheus"))
    ap.add_argument("--dashboards", default=os.path.join(OBS, "grafana", "dashboards"))
    ap.add_argument("--runbooks", default=os.path.join(OBS, "runbooks"))
    a = ap.parse_args()
    r = Report("lint_metric_names")
    if not os.path.isfile(a.catalogue):
        r.error(f"metric catalogue {a.catalogue} not found (set LMS_METRIC_CATALOGUE)")
        r.finish("nothing checked")
    cat = load_json(a.catalogue)
    lint_catalogue(cat, r)
    known = set(catalogue_series(cat))
    resolve = exporter_resolver(load_json(a.exporters))

    rule_files = [p for p in sorted(glob.glob(os.path.join(a.rules_dir, "*.yml"))) if os.path.basename(p) != "prometheus.yml"]
    uses = []          # (where, expr)
    records = set()
    for path in rule_files:
        for rule in rules(path):
            if rule.get("record"):
                records.add(rule["record"])
            uses.append((f"{os.path.basename(path)} {rule.get('record') or rule.get('alert')}", str(rule.get("expr", ""))))
    for path in sorted(glob.glob(os.path.join(a.dashboards, "*.json"))):
        d = load_json(path)
        for v in (d.get("templating") or {}).get("list") or []:
            if v.get("type") == "query":
                q = v.get("query")
                q = q.get("query") if isinstance(q, dict) else q
                e = promql.variable_query_expr(q or "")
                if e:
                    uses.append((f"{os.path.basename(path)} variable {v.get('name')}", e))
        for p in iter_panels(d.get("panels")):
            for t in p.get("targets") or []:
                if "expr" in t:
                    uses.append((f"{os.path.basename(path)} panel {p.get('id')} {p.get('title')!r}", t["expr"]))
    for path in sorted(glob.glob(os.path.join(a.runbooks, "*.md"))):
        for i, q in enumerate(re.findall(r"```promql\n(.*?)```", open(path).read(), re.S)):
            uses.append((f"runbook {os.path.basename(path)} block {i + 1}", q))
    names = 0
    for where, expr in uses:
        try:
            found = promql.metric_names(expr)
        except promql.PromQLScanError as e:
            r.error(f"{where}: cannot scan expression: {e}")
            continue
        for name in sorted(found):
            names += 1
            if name in known or name in records:
                continue
            exp, reason = resolve(name)
            if exp is None:
                r.error(f"{where}: metric {name}: {reason}")
    r.finish(f"{len(uses)} expressions, {names} metric references, catalogue {a.catalogue}")


if __name__ == "__main__":
    main()
