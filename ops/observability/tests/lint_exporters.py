#!/usr/bin/env python3
"""Checks exporters.json against what the real exporters expose.

  lint_exporters.py [--exporters FILE] [--captures DIR]

Fails when an exporter entry has no job/source, when a prefix or name of an exporter with a capture
(tests/fixtures/exporter-metrics/<exporter>.txt, written by capture-exporter-metrics from the real
binaries) matches nothing in that capture, when a capture has metric families that no entry
covers (so exporters.json stays complete), or when a required exporter is missing.
"""
import argparse
import glob
import os

from lintlib import HERE, OBS, Report, capture_series, load_json

REQUIRED = {"wildfly", "node_exporter", "blackbox_exporter", "postgres_exporter", "redis_exporter", "prometheus", "alertmanager", "prometheus_builtin"}
BUILTINS = {"up", "scrape_duration_seconds", "ALERTS"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exporters", default=os.path.join(OBS, "exporters.json"))
    ap.add_argument("--captures", default=os.path.join(HERE, "fixtures", "exporter-metrics"))
    a = ap.parse_args()
    r = Report("lint_exporters")
    doc = load_json(a.exporters)
    entries = doc.get("exporters") or {}
    for req in sorted(REQUIRED - set(entries)):
        r.error(f"exporter {req} missing")
    builtin = set((entries.get("prometheus_builtin") or {}).get("names") or [])
    for b in sorted(BUILTINS - builtin):
        r.error(f"prometheus_builtin lacks {b}")
    captures = {os.path.basename(p)[:-4]: capture_series(p) for p in glob.glob(os.path.join(a.captures, "*.txt"))}
    if not captures:
        r.error(f"no captures in {a.captures}")
    covered = {c: set() for c in captures}
    for exp, spec in entries.items():
        if not spec.get("job") or not spec.get("source"):
            r.error(f"{exp}: job and source are required")
        cap_name = spec.get("capture", exp)
        cap = captures.get(cap_name)
        for p in spec.get("prefixes") or []:
            if cap is not None:
                hits = {n for n in cap if n.startswith(p)}
                if not hits:
                    r.error(f"{exp}: prefix {p!r} matches nothing in capture {cap_name}.txt")
                covered[cap_name] |= hits
        for n in spec.get("names") or []:
            if cap is not None and n not in cap:
                r.error(f"{exp}: name {n!r} not in capture {cap_name}.txt")
    # every family of every capture is covered by some entry (shared go_/process_ families included)
    all_prefixes = [p for s in entries.values() for p in (s.get("prefixes") or []) + (s.get("unverified_prefixes") or [])]
    for cap_name, cap in captures.items():
        missing = sorted(n for n in cap if not any(n.startswith(p) for p in all_prefixes))
        if missing:
            r.error(f"capture {cap_name}.txt has families no entry covers, e.g. {missing[:5]}")
    r.finish(f"{len(entries)} entries, {len(captures)} captures")


if __name__ == "__main__":
    main()
