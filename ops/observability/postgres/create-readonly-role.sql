-- Creates (or updates) a login role for Grafana's PostgreSQL data source that can read the
-- reporting views and the server's statistics views (pg_read_all_stats: the session and table
-- panels of System Health and Security Events) and nothing else. PostgreSQL only. Run it as a
-- superuser (only a superuser may hand out pg_read_all_stats; run by the database owner, the
-- statistics grant is skipped with a notice and those panels show the role's own sessions only),
-- after the application has migrated the schema (the views come from migrations V5, V41, V60, V65
-- and V69), and again after later migrations replace the views:
--
--   psql -v ON_ERROR_STOP=1 -v dashboard_password="$LMS_DASHBOARD_DB_PASSWORD" -d lms \
--        -f ops/observability/postgres/create-readonly-role.sql
--
-- The role is lms_dashboard unless -v dashboard_role=<name> says otherwise. It is not a Flyway
-- migration on purpose: roles are cluster-wide, need CREATEROLE, and the embedded H2 database runs
-- the same migrations. tests/check_dashboard_sql.py --as-dashboard-role runs every dashboard query
-- as a role made by this script.

\if :{?dashboard_role}
\else
  \set dashboard_role lms_dashboard
\endif

SELECT format('CREATE ROLE %I LOGIN', :'dashboard_role')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'dashboard_role') \gexec

ALTER ROLE :"dashboard_role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    CONNECTION LIMIT 5 PASSWORD :'dashboard_password';
-- Even a mistaken grant cannot turn into a write, and a slow dashboard query cannot hold the database.
ALTER ROLE :"dashboard_role" SET default_transaction_read_only = on;
ALTER ROLE :"dashboard_role" SET statement_timeout = '15s';

SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'dashboard_role') \gexec
GRANT USAGE ON SCHEMA public TO :"dashboard_role";
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM :"dashboard_role";
GRANT SELECT ON report_course_progress, report_student_progress, report_engagement, report_instructor_workload,
    report_quiz_performance, report_quiz_attempts_awaiting_review,
    report_student_quiz_results TO :"dashboard_role";

SELECT format('GRANT pg_read_all_stats TO %I', :'dashboard_role')
WHERE (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) \gexec
SELECT 'pg_read_all_stats not granted (needs a superuser): the database session panels show only the '
       || :'dashboard_role' || ' role''s own sessions' AS notice
WHERE NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user);
