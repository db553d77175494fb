-- At most one submission per student and lesson awaits grading, also when two hand-ins race: the
-- domain checks the latest submission, and this constraint refuses the second of two concurrent
-- inserts. awaiting is TRUE while a submission is ungraded and NULL once graded; NULLs never clash
-- in a UNIQUE constraint, so graded submissions are unlimited. (A partial unique index would say
-- it more directly, but H2 refuses partial indexes.) Plain SQL that PostgreSQL and H2 both accept.
ALTER TABLE assignment_submission ADD COLUMN awaiting BOOLEAN;

-- Existing ungraded submissions: the latest per student and lesson carries the marker; an older
-- one (possible only from an earlier race) still awaits grading, just unmarked.
UPDATE assignment_submission SET awaiting = TRUE
WHERE graded_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM assignment_submission t
                  WHERE t.lesson_id = assignment_submission.lesson_id
                    AND t.student_id = assignment_submission.student_id
                    AND t.graded_at IS NULL
                    AND (t.submitted_at > assignment_submission.submitted_at
                         OR (t.submitted_at = assignment_submission.submitted_at AND t.id > assignment_submission.id)));

ALTER TABLE assignment_submission ADD CONSTRAINT assignment_submission_awaiting_marker
    CHECK (awaiting IS NULL OR (awaiting = TRUE AND graded_at IS NULL));
ALTER TABLE assignment_submission ADD CONSTRAINT assignment_submission_one_awaiting
    UNIQUE (lesson_id, student_id, awaiting);
