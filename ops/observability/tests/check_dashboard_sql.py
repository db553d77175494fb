#!/usr/bin/env python3
"""Runs every PostgreSQL panel query of the dashboards against a live PostgreSQL, inside a
read-only transaction that is rolled back, so a typo in a column or view name fails the check.

  check_dashboard_sql.py [--require-rows] [DASHBOARD.json...]

With --require-rows a query that returns no row fails too (used by live-app on a database the
application has just written to).

Connection from the usual libpq variables (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD;
defaults 127.0.0.1:5432, user postgres). Exit 0 ok, 1 a query failed, 3 PostgreSQL not reachable.
Grafana macros ($__timeFilter and friends) are not used by the LMS panels and are refused here.
"""
import glob
import os
import subprocess
import sys

from lintlib import OBS, iter_panels, load_json

env = dict(os.environ)
env.setdefault("PGHOST", "127.0.0.1")
env.setdefault("PGPORT", "5432")
env.setdefault("PGUSER", "postgres")
env.setdefault("PGDATABASE", "postgres")


def psql(sql):
    return subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql], env=env,
                          capture_output=True, text=True, timeout=30)


def main():
    args = sys.argv[1:]
    require_rows = "--require-rows" in args
    args = [a for a in args if a != "--require-rows"]
    files = args or sorted(glob.glob(os.path.join(OBS, "grafana", "dashboards", "*.json")))
    if psql("SELECT 1").returncode != 0:
        print(f"check_dashboard_sql: PostgreSQL at {env['PGHOST']}:{env['PGPORT']} not reachable")
        sys.exit(3)
    failed = n = 0
    for f in files:
        for p in iter_panels(load_json(f).get("panels")):
            for t in p.get("targets") or []:
                sql = t.get("rawSql")
                if not sql:
                    continue
                n += 1
                where = f"{os.path.basename(f)} panel {p.get('id')} {p.get('title')!r}"
                if "$" in sql:
                    print(f"  {where}: Grafana macros/variables are not supported by this check")
                    failed += 1
                    continue
                res = psql(f"BEGIN READ ONLY; {sql.rstrip().rstrip(';')}; ROLLBACK;")
                if res.returncode != 0:
                    failed += 1
                    print(f"  {where}: {res.stderr.strip()}")
                elif require_rows and not res.stdout.strip():
                    failed += 1
                    print(f"  {where}: no rows")
    print(f"check_dashboard_sql: {n} queries, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
