-- Per actively enrolled student and quiz of their course (for the Student Progress dashboard): the
-- attempts made, the best score of the closed ones, whether any passed, and when the last closed.
-- A quiz not tried yet has its row too (0 attempts), so the panel shows what is left to do.
CREATE VIEW report_student_quiz_results AS
SELECT e.course_id,
       e.student_id,
       q.id AS quiz_id,
       l.title AS lesson_title,
       COUNT(a.id) AS attempts,
       MAX(a.score_percent) AS best_score_percent,
       COUNT(CASE WHEN a.passed THEN 1 END) > 0 AS passed,
       MAX(a.closed_at) AS last_closed_at
FROM enrollment e
JOIN quiz q ON q.course_id = e.course_id
JOIN lesson l ON l.id = q.lesson_id
LEFT JOIN quiz_attempt a ON a.quiz_id = q.id AND a.student_id = e.student_id
WHERE e.status = 'ACTIVE'
GROUP BY e.course_id, e.student_id, q.id, l.title;
