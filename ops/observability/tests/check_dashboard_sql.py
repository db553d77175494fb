#!/usr/bin/env python3
"""Runs every PostgreSQL query of the dashboards (panel queries and query variables) against a live
PostgreSQL, inside a read-only transaction that is rolled back, so a typo in a column or view name
fails the check.

  check_dashboard_sql.py [--require-rows] [--as-dashboard-role] [DASHBOARD.json...]

With --require-rows a query that returns no row fails too (used by live-app on a database the
application has just written to). With --as-dashboard-role the queries run as a role made for this
run by ops/observability/postgres/create-readonly-role.sql in the scratch database (dropped again
afterwards), which also must be refused a base table: the role a deployer gives Grafana can run
every panel and read nothing else.

Connection from the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD; defaults
127.0.0.1:5432, user postgres). The queries need the LMS schema and its reporting views, so the
check creates a scratch database (lms_dashboard_sql_check_<pid>, on the server PGDATABASE points at,
default postgres), applies the Flyway migrations of adapters-persistence to it in version order,
runs the queries there and drops it again; no other database is touched. When PGDATABASE or
LMS_DASHBOARD_SQL_DATABASE is set, the queries run in that existing database instead, which must
hold the LMS schema (nothing is created, dropped or written there; live-app does this).

Template variables: ${var:sqlstring}, ${var} and $var are replaced by the first value the
variable's own query returns in that database (the nil UUID when it returns no rows), so a variable
query and the panels that use it are both checked. Grafana macros ($__timeFilter and friends) are
not used by the LMS panels and are refused here.
Exit 0 ok, 1 a query failed, 3 PostgreSQL not reachable.
"""
import glob
import os
import re
import secrets
import subprocess
import sys

from lintlib import OBS, OPS, iter_panels, load_json

MIGRATIONS = os.path.join(os.path.dirname(OPS), "adapters-persistence", "src", "main", "resources", "db", "migration")
READONLY_ROLE_SCRIPT = os.path.join(OBS, "postgres", "create-readonly-role.sql")
NIL_UUID = "00000000-0000-0000-0000-000000000000"
VAR_REF = re.compile(r"\$\{(\w+)(?::(\w+))?\}|\$(\w+)")

GIVEN_DB = os.environ.get("LMS_DASHBOARD_SQL_DATABASE") or os.environ.get("PGDATABASE")
env = dict(os.environ)
env.setdefault("PGHOST", "127.0.0.1")
env.setdefault("PGPORT", "5432")
env.setdefault("PGUSER", "postgres")
env.setdefault("PGDATABASE", "postgres")


# Who runs the dashboard queries: the connecting user unless --as-dashboard-role sets a role here.
query_user = {}


def psql(sql, db=None, args=(), user=None):
    e = dict(env, **(user or {}))
    if db:
        e["PGDATABASE"] = db
    return subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", *args, "-c", sql], env=e,
                          capture_output=True, text=True, timeout=60)


def psql_file(path, db, variables=()):
    e = dict(env, PGDATABASE=db)
    args = [a for name, value in variables for a in ("-v", f"{name}={value}")]
    return subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", *args, "-f", path], env=e,
                          capture_output=True, text=True, timeout=120)


def migration_files():
    def version(path):
        m = re.match(r"V(\d+(?:[._]\d+)*)__", os.path.basename(path))
        return tuple(int(x) for x in re.split(r"[._]", m.group(1))) if m else None
    files = [f for f in glob.glob(os.path.join(MIGRATIONS, "V*__*.sql")) if version(f)]
    return sorted(files, key=version)


def create_scratch():
    db = f"lms_dashboard_sql_check_{os.getpid()}"
    res = psql(f'CREATE DATABASE "{db}"')
    if res.returncode != 0:
        print(f"check_dashboard_sql: cannot create the scratch database {db}: {res.stderr.strip()}")
        sys.exit(1)
    files = migration_files()
    if not files:
        print(f"check_dashboard_sql: no migrations found in {MIGRATIONS}")
        drop_scratch(db)
        sys.exit(1)
    for f in files:
        res = psql_file(f, db)
        if res.returncode != 0:
            print(f"check_dashboard_sql: migration {os.path.basename(f)} failed: {res.stderr.strip()}")
            drop_scratch(db)
            sys.exit(1)
    return db


def drop_scratch(db):
    psql(f'DROP DATABASE IF EXISTS "{db}"')


def create_dashboard_role(db):
    """Runs the shipped role script for a role of this run; answers its connection settings, or exits."""
    role, password = f"lms_dashboard_check_{os.getpid()}", secrets.token_urlsafe(24)
    res = psql_file(READONLY_ROLE_SCRIPT, db, (("dashboard_role", role), ("dashboard_password", password)))
    if res.returncode != 0:
        print(f"check_dashboard_sql: create-readonly-role.sql failed: {res.stderr.strip()}")
        drop_scratch(db)
        drop_role(role)
        sys.exit(1)
    return {"PGUSER": role, "PGPASSWORD": password}


def drop_role(role):
    psql(f'DROP ROLE IF EXISTS "{role}"')


def substitute(sql, values):
    """Replaces Grafana variable references; returns (sql, unknown variable names)."""
    unknown = []

    def repl(m):
        name = m.group(1) or m.group(3)
        fmt = m.group(2)
        if name not in values:
            unknown.append(name)
            return m.group(0)
        v = values[name]
        return "'" + v.replace("'", "''") + "'" if fmt == "sqlstring" else v
    return VAR_REF.sub(repl, sql), unknown


def run_query(sql, db, where, values):
    """Runs one query read-only; returns (error message or None, first value of the first row)."""
    if "$__" in sql:
        return "Grafana macros are not supported by this check", None
    sql, unknown = substitute(sql, values)
    if unknown:
        return f"unknown template variable(s) {', '.join(sorted(set(unknown)))}", None
    res = psql(f"BEGIN READ ONLY; {sql.rstrip().rstrip(';')}; ROLLBACK;", db, args=("-A", "-t", "-F", "\t"),
               user=query_user)
    if res.returncode != 0:
        return res.stderr.strip(), None
    rows = [r for r in res.stdout.splitlines() if r.strip()]
    return None, (rows[0].split("\t") if rows else None)


def variable_value(var, first_row):
    """The value Grafana would pick: the __value column when there is one, else the first column."""
    if not first_row:
        return NIL_UUID
    return first_row[1] if re.search(r"\b__value\b", str(var.get("query"))) and len(first_row) > 1 else first_row[0]


def main():
    args = sys.argv[1:]
    require_rows = "--require-rows" in args
    as_dashboard_role = "--as-dashboard-role" in args
    args = [a for a in args if a not in ("--require-rows", "--as-dashboard-role")]
    files = args or sorted(glob.glob(os.path.join(OBS, "grafana", "dashboards", "*.json")))
    if psql("SELECT 1").returncode != 0:
        print(f"check_dashboard_sql: PostgreSQL at {env['PGHOST']}:{env['PGPORT']} not reachable")
        sys.exit(3)
    given = GIVEN_DB
    if as_dashboard_role and given:
        print("check_dashboard_sql: --as-dashboard-role needs the scratch database (unset PGDATABASE)")
        sys.exit(1)
    db = given or create_scratch()
    failed = n = 0
    if as_dashboard_role:
        query_user.update(create_dashboard_role(db))
        refused = psql("SELECT count(*) FROM users", db, user=query_user)
        if refused.returncode == 0 or "permission denied" not in refused.stderr:
            failed += 1
            print(f"  the dashboard role could read the users table: {refused.stdout.strip() or refused.stderr.strip()}")
    try:
        for f in files:
            d = load_json(f)
            values = {}
            for var in (d.get("templating") or {}).get("list") or []:
                ds = var.get("datasource")
                if var.get("type") != "query" or not isinstance(ds, dict) or ds.get("uid") != "${DS_POSTGRES}":
                    continue
                q = var.get("query")
                q = q.get("rawSql") or q.get("query") if isinstance(q, dict) else q
                n += 1
                err, row = run_query(q or "", db, None, values)
                if err:
                    failed += 1
                    print(f"  {os.path.basename(f)} variable {var.get('name')}: {err}")
                elif require_rows and not row:
                    failed += 1
                    print(f"  {os.path.basename(f)} variable {var.get('name')}: no rows")
                values[var.get("name")] = variable_value(var, row)
            for p in iter_panels(d.get("panels")):
                for t in p.get("targets") or []:
                    sql = t.get("rawSql")
                    if not sql:
                        continue
                    n += 1
                    err, row = run_query(sql, db, None, values)
                    if err:
                        failed += 1
                        print(f"  {os.path.basename(f)} panel {p.get('id')} {p.get('title')!r}: {err}")
                    elif require_rows and not row:
                        failed += 1
                        print(f"  {os.path.basename(f)} panel {p.get('id')} {p.get('title')!r}: no rows")
    finally:
        if not given:
            drop_scratch(db)
        if query_user:
            drop_role(query_user["PGUSER"])
    who = f", as {query_user['PGUSER']}" if query_user else ""
    print(f"check_dashboard_sql: {n} queries, {failed} failed (database {db}{'' if given else ', scratch, dropped'}{who})")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
