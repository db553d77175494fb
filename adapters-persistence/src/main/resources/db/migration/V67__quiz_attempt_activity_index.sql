-- The engagement recomputation reads each active enrollment's quiz attempts closed in the last
-- 30 days; this index keeps that to the window instead of the student's whole history.
CREATE INDEX quiz_attempt_activity_idx ON quiz_attempt (course_id, student_id, closed_at);
