-- Creates (or updates) lms_dashboard, a login role that can read the reporting views and nothing
-- else, for Grafana's PostgreSQL data source. PostgreSQL only; run it as the database owner after
-- the application has migrated the schema (the views come from migrations V5, V41, V60 and V65), and again after
-- later migrations replace the views:
--
--   psql -v ON_ERROR_STOP=1 -v dashboard_password="$LMS_DASHBOARD_DB_PASSWORD" -d lms \
--        -f ops/observability/postgres/create-readonly-role.sql
--
-- It is not a Flyway migration on purpose: roles are cluster-wide, need CREATEROLE, and the
-- embedded H2 database runs the same migrations.

SELECT 'CREATE ROLE lms_dashboard LOGIN'
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lms_dashboard') \gexec

ALTER ROLE lms_dashboard WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    CONNECTION LIMIT 5 PASSWORD :'dashboard_password';
-- Even a mistaken grant cannot turn into a write, and a slow dashboard query cannot hold the database.
ALTER ROLE lms_dashboard SET default_transaction_read_only = on;
ALTER ROLE lms_dashboard SET statement_timeout = '15s';

SELECT format('GRANT CONNECT ON DATABASE %I TO lms_dashboard', current_database()) \gexec
GRANT USAGE ON SCHEMA public TO lms_dashboard;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM lms_dashboard;
GRANT SELECT ON report_course_progress, report_student_progress, report_engagement, report_instructor_workload,
    report_quiz_performance, report_quiz_attempts_awaiting_review TO lms_dashboard;
