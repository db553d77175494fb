-- The course staff's review of a failed last attempt (QuizAttempt.review): who, when, how many more
-- attempts the student gets (0 closes the case) and a note for the student. Plain SQL that
-- PostgreSQL and H2 (PostgreSQL mode) both accept.
ALTER TABLE quiz_attempt ADD COLUMN reviewed_by UUID;
ALTER TABLE quiz_attempt ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE quiz_attempt ADD COLUMN extra_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE quiz_attempt ADD COLUMN review_note VARCHAR(8000);
ALTER TABLE quiz_attempt ADD CONSTRAINT quiz_attempt_review_valid CHECK (
    ((reviewed_at IS NULL) = (reviewed_by IS NULL))
    AND (reviewed_at IS NOT NULL OR (extra_attempts = 0 AND review_note IS NULL))
    AND (reviewed_at IS NULL OR passed = FALSE)
    AND extra_attempts BETWEEN 0 AND 10);

-- The attempts awaiting review, by the rule of QuizAttempt.awaitsReview: failed, not reviewed, the
-- student's last allowed attempt (the quiz's maximum plus the attempts granted in reviews) at a quiz
-- with a maximum that they never passed. The first condition on attempt_number keeps the two
-- per-student lookups (through quiz_attempt_student_idx) to the few attempts that reach the maximum.
CREATE VIEW report_quiz_attempts_awaiting_review AS
SELECT a.id AS attempt_id,
       a.quiz_id,
       a.course_id,
       c.code,
       c.instructor_id,
       a.lesson_id,
       a.student_id,
       a.attempt_number,
       a.score_percent,
       a.closed_at
FROM quiz_attempt a
JOIN quiz q ON q.id = a.quiz_id
JOIN course c ON c.id = a.course_id
WHERE a.passed = FALSE
  AND a.reviewed_at IS NULL
  AND q.max_attempts IS NOT NULL
  AND a.attempt_number >= q.max_attempts
  AND a.attempt_number >= q.max_attempts + (SELECT COALESCE(SUM(g.extra_attempts), 0) FROM quiz_attempt g
                                            WHERE g.quiz_id = a.quiz_id AND g.student_id = a.student_id)
  AND NOT EXISTS (SELECT 1 FROM quiz_attempt p
                  WHERE p.quiz_id = a.quiz_id AND p.student_id = a.student_id AND p.passed = TRUE);

-- The workload gains the quiz attempts to review and when the oldest of them closed.
CREATE OR REPLACE VIEW report_instructor_workload AS
SELECT i.instructor_id,
       i.courses_taught,
       (SELECT COUNT(DISTINCT e.student_id) FROM enrollment e JOIN course c ON c.id = e.course_id
         WHERE c.instructor_id = i.instructor_id AND e.status = 'ACTIVE') AS active_students,
       (SELECT COUNT(*) FROM assignment_submission s JOIN course c ON c.id = s.course_id
         WHERE c.instructor_id = i.instructor_id AND s.graded_at IS NULL) AS submissions_awaiting_grading,
       (SELECT MIN(s.submitted_at) FROM assignment_submission s JOIN course c ON c.id = s.course_id
         WHERE c.instructor_id = i.instructor_id AND s.graded_at IS NULL) AS oldest_submission_at,
       (SELECT COUNT(*) FROM report_quiz_attempts_awaiting_review r
         WHERE r.instructor_id = i.instructor_id) AS quiz_attempts_to_review,
       (SELECT MIN(r.closed_at) FROM report_quiz_attempts_awaiting_review r
         WHERE r.instructor_id = i.instructor_id) AS oldest_quiz_attempt_at
FROM (SELECT instructor_id, COUNT(*) AS courses_taught FROM course GROUP BY instructor_id) i;
