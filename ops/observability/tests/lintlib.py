"""Loading helpers shared by the lints (stdlib + PyYAML)."""
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OBS = os.path.dirname(HERE)                       # ops/observability
OPS = os.path.dirname(OBS)                        # ops
DEFAULT_CATALOGUE = os.path.join(OPS, "..", "adapters-metrics", "src", "main", "resources", "META-INF", "lms", "metric-catalogue.json")


def catalogue_path():
    """The one place the catalogue location is decided: LMS_METRIC_CATALOGUE, else the real file."""
    return os.environ.get("LMS_METRIC_CATALOGUE") or os.path.normpath(DEFAULT_CATALOGUE)


class Report:
    def __init__(self, name):
        self.name, self.errors = name, []

    def error(self, msg):
        self.errors.append(msg)

    def finish(self, what):
        for e in self.errors:
            print(f"  {self.name}: {e}")
        if self.errors:
            print(f"{self.name}: {len(self.errors)} problem(s) in {what}")
            sys.exit(1)
        print(f"{self.name}: ok ({what})")
        sys.exit(0)


def load_yaml(path):
    with open(path) as f:
        return yaml.safe_load(f)


def load_json(path):
    with open(path) as f:
        return json.load(f)


def rules(path):
    """Yields every rule dict of a Prometheus rule file."""
    doc = load_yaml(path) or {}
    for group in doc.get("groups") or []:
        for rule in group.get("rules") or []:
            yield rule


def iter_panels(panels):
    for p in panels or []:
        yield p
        if p.get("type") == "row":
            yield from iter_panels(p.get("panels"))


def catalogue_series(catalogue):
    """Maps every PromQL series name the catalogue provides to its role: counter, gauge,
    histogram_bucket/_count/_sum, summary parts."""
    names = {}
    for m in catalogue.get("metrics", []):
        name, typ = m["name"], m["type"]
        if typ == "histogram":
            for suffix in ("_bucket", "_count", "_sum"):
                names[name + suffix] = "counter"
        elif typ == "summary":
            names[name] = "gauge"
            for suffix in ("_count", "_sum"):
                names[name + suffix] = "counter"
        else:
            names[name] = typ
    return names


def capture_series(path):
    """Reads a capture file ("name type" per line) into {series_name: kind}."""
    names = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, typ = line.split()
            if typ in ("histogram", "summary"):
                for suffix in ("_bucket", "_count", "_sum"):
                    names[name + suffix] = "counter"
                names[name] = "gauge"
            else:
                names[name] = typ
    return names
