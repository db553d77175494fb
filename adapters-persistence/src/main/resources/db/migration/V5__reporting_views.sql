-- Read-only views for dashboards (see ops/observability/postgres/create-readonly-role.sql for the
-- role that may read them). Plain SQL that PostgreSQL and H2 (PostgreSQL mode) both accept.
-- Only ACTIVE enrollments count; only required lessons count towards progress.

-- Per student and course.
CREATE VIEW report_student_progress AS
SELECT p.course_id,
       p.student_id,
       p.enrolled_at,
       p.completed_lessons,
       p.required_lessons,
       CASE WHEN p.required_lessons = 0 THEN 0
            ELSE ROUND(100.0 * p.completed_lessons / p.required_lessons, 2) END AS percentage,
       cc.completed_at
FROM (
    SELECT e.course_id,
           e.student_id,
           e.enrolled_at,
           (SELECT COUNT(*) FROM lesson_completion lc JOIN lesson l ON l.id = lc.lesson_id
             WHERE lc.course_id = e.course_id AND lc.student_id = e.student_id AND l.required) AS completed_lessons,
           (SELECT COUNT(*) FROM lesson l WHERE l.course_id = e.course_id AND l.required) AS required_lessons
    FROM enrollment e
    WHERE e.status = 'ACTIVE'
) p
LEFT JOIN course_completion cc ON cc.course_id = p.course_id AND cc.student_id = p.student_id;

-- Per course: how many are enrolled, how many of them completed, and the share in percent.
CREATE VIEW report_course_progress AS
SELECT c.id AS course_id,
       c.code,
       COUNT(e.id) AS enrolled,
       COUNT(cc.student_id) AS completed,
       CASE WHEN COUNT(e.id) = 0 THEN 0
            ELSE ROUND(100.0 * COUNT(cc.student_id) / COUNT(e.id), 2) END AS completion_rate
FROM course c
LEFT JOIN enrollment e ON e.course_id = c.id AND e.status = 'ACTIVE'
LEFT JOIN course_completion cc ON cc.course_id = e.course_id AND cc.student_id = e.student_id
GROUP BY c.id, c.code;
