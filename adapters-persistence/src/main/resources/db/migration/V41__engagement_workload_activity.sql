-- Engagement scores, one row per active enrollment, replaced as a whole by each ENGAGEMENT_RECOMPUTE
-- job (formula in EngagementScore and the README). recent_activity and active_days are the two
-- parts the score is made of, kept so a score can be explained.
CREATE TABLE engagement_score (
    course_id       UUID          NOT NULL,
    student_id      UUID          NOT NULL,
    score           NUMERIC(5, 2) NOT NULL,
    recent_activity NUMERIC(9, 2) NOT NULL,
    active_days     INTEGER       NOT NULL,
    computed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT engagement_score_pk PRIMARY KEY (course_id, student_id),
    CONSTRAINT engagement_score_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT engagement_score_range CHECK (score >= 0 AND score <= 100 AND active_days >= 0)
);

-- A course's list pages by score; a student's own list by student.
CREATE INDEX engagement_score_course_idx ON engagement_score (course_id, score DESC, student_id);
CREATE INDEX engagement_score_student_idx ON engagement_score (student_id, course_id);

-- The recomputation reads only the last 30 days of completions; the submission gauges read the oldest one.
CREATE INDEX lesson_completion_completed_idx ON lesson_completion (completed_at);

-- When each user last made an authenticated request (written at most once a minute per user and
-- server), with the roles they had: the active-user gauges count rows per role and window.
CREATE TABLE user_activity (
    user_id       UUID    PRIMARY KEY,
    is_student    BOOLEAN NOT NULL,
    is_instructor BOOLEAN NOT NULL,
    is_admin      BOOLEAN NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX user_activity_last_seen_idx ON user_activity (last_seen_at);

-- Per student and course, as of the last recomputation.
CREATE VIEW report_engagement AS
SELECT es.course_id,
       c.code,
       es.student_id,
       es.score,
       es.recent_activity,
       es.active_days,
       es.computed_at
FROM engagement_score es
JOIN course c ON c.id = es.course_id;

-- Per instructor: courses taught, students actively enrolled in them (each counted once), and the
-- assignment submissions awaiting grading with the oldest one's time. Grading does not exist yet,
-- so every submission awaits it; quiz attempts are absent because quizzes have no tables yet.
CREATE VIEW report_instructor_workload AS
SELECT i.instructor_id,
       i.courses_taught,
       (SELECT COUNT(DISTINCT e.student_id) FROM enrollment e JOIN course c ON c.id = e.course_id
         WHERE c.instructor_id = i.instructor_id AND e.status = 'ACTIVE') AS active_students,
       (SELECT COUNT(*) FROM lesson_completion lc JOIN course c ON c.id = lc.course_id
         WHERE c.instructor_id = i.instructor_id AND lc.submission_file_id IS NOT NULL) AS submissions_awaiting_grading,
       (SELECT MIN(lc.completed_at) FROM lesson_completion lc JOIN course c ON c.id = lc.course_id
         WHERE c.instructor_id = i.instructor_id AND lc.submission_file_id IS NOT NULL) AS oldest_submission_at
FROM (SELECT instructor_id, COUNT(*) AS courses_taught FROM course GROUP BY instructor_id) i;
