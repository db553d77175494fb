-- Assignment grading (numbered after V50 so that it runs after the certificate table (V40) and the
-- workload view (V41) it changes). Plain SQL that PostgreSQL and H2 (PostgreSQL mode) both accept.

-- GRADED: an assignment completes when an instructor grades a submission at or above pass_score
-- (0..100, assignments only; 50 where a lesson set none).
ALTER TABLE lesson DROP CONSTRAINT lesson_rule_known;
ALTER TABLE lesson ADD CONSTRAINT lesson_rule_known
    CHECK (completion_rule IN ('VIEWED', 'SUBMITTED', 'GRADED', 'PASSED', 'MARKED_DONE'));
ALTER TABLE lesson ADD COLUMN pass_score INTEGER;
UPDATE lesson SET pass_score = 50 WHERE type = 'ASSIGNMENT';
ALTER TABLE lesson ADD CONSTRAINT lesson_pass_score_range
    CHECK (pass_score IS NULL OR (pass_score >= 0 AND pass_score <= 100));

-- Every hand-in of an assignment, graded at most once (the grade columns are all set or all null;
-- passed is kept as decided against the pass score of the time). version guards concurrent grading.
-- feedback is bounded to 4000 characters by the domain; the column allows more, as for user names.
CREATE TABLE assignment_submission (
    id           UUID    PRIMARY KEY,
    course_id    UUID    NOT NULL,
    lesson_id    UUID    NOT NULL,
    student_id   UUID    NOT NULL,
    file_id      UUID    NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    score        INTEGER,
    passed       BOOLEAN,
    feedback     VARCHAR(16000),
    graded_by    UUID,
    graded_at    TIMESTAMP WITH TIME ZONE,
    version      BIGINT  NOT NULL,
    CONSTRAINT assignment_submission_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT assignment_submission_lesson_fk FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE,
    CONSTRAINT assignment_submission_file_fk FOREIGN KEY (file_id) REFERENCES stored_file (id),
    CONSTRAINT assignment_submission_file_unique UNIQUE (file_id),
    CONSTRAINT assignment_submission_score_range CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
    CONSTRAINT assignment_submission_grade_complete CHECK ((graded_at IS NULL) = (score IS NULL)
        AND (graded_at IS NULL) = (passed IS NULL) AND (graded_at IS NULL) = (graded_by IS NULL)
        AND (graded_at IS NOT NULL OR feedback IS NULL))
);

-- Submissions awaiting grading (graded_at IS NULL) come first in both indexes. A partial index
-- (WHERE graded_at IS NULL) would be smaller, but H2 refuses partial indexes.
-- A course's list and the workload view, per course, oldest first:
CREATE INDEX assignment_submission_course_idx ON assignment_submission (course_id, graded_at, submitted_at);
-- The platform gauges: the count and the oldest of all awaiting submissions:
CREATE INDEX assignment_submission_awaiting_idx ON assignment_submission (graded_at, submitted_at);
-- A student's latest submission for a lesson; a student's own list, newest first:
CREATE INDEX assignment_submission_lesson_student_idx ON assignment_submission (lesson_id, student_id, submitted_at);
CREATE INDEX assignment_submission_student_idx ON assignment_submission (student_id, submitted_at);

-- Submissions made so far completed their lesson at once and were never graded: each becomes an
-- ungraded submission (its file id, unique, serves as its id). Their completions stay as they are.
INSERT INTO assignment_submission (id, course_id, lesson_id, student_id, file_id, submitted_at, version)
SELECT submission_file_id, course_id, lesson_id, student_id, submission_file_id, completed_at, 0
FROM lesson_completion WHERE submission_file_id IS NOT NULL;

-- Only ungraded submissions await grading now.
CREATE OR REPLACE VIEW report_instructor_workload AS
SELECT i.instructor_id,
       i.courses_taught,
       (SELECT COUNT(DISTINCT e.student_id) FROM enrollment e JOIN course c ON c.id = e.course_id
         WHERE c.instructor_id = i.instructor_id AND e.status = 'ACTIVE') AS active_students,
       (SELECT COUNT(*) FROM assignment_submission s JOIN course c ON c.id = s.course_id
         WHERE c.instructor_id = i.instructor_id AND s.graded_at IS NULL) AS submissions_awaiting_grading,
       (SELECT MIN(s.submitted_at) FROM assignment_submission s JOIN course c ON c.id = s.course_id
         WHERE c.instructor_id = i.instructor_id AND s.graded_at IS NULL) AS oldest_submission_at
FROM (SELECT instructor_id, COUNT(*) AS courses_taught FROM course GROUP BY instructor_id) i;

-- Certificates name their holder by display name; those issued with the user id as the name get
-- the user's current display name.
UPDATE certificate SET holder_name = (SELECT u.display_name FROM users u WHERE u.id = certificate.student_id)
WHERE holder_name = CAST(student_id AS VARCHAR(36))
  AND EXISTS (SELECT 1 FROM users u WHERE u.id = certificate.student_id);
