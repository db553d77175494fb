-- One row per student and course: enrolling again after a drop re-activates the same row. The
-- unique constraint is what keeps concurrent enroll requests from ever creating two rows.
CREATE TABLE enrollment (
    id          UUID        PRIMARY KEY,
    course_id   UUID        NOT NULL,
    student_id  UUID        NOT NULL,
    status      VARCHAR(16) NOT NULL,
    enrolled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    dropped_at  TIMESTAMP WITH TIME ZONE,
    version     BIGINT      NOT NULL,
    CONSTRAINT enrollment_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT enrollment_course_student_unique UNIQUE (course_id, student_id),
    CONSTRAINT enrollment_status_known CHECK (status IN ('ACTIVE', 'DROPPED')),
    CONSTRAINT enrollment_dropped_has_date CHECK (status <> 'DROPPED' OR dropped_at IS NOT NULL)
);

-- A course's roster and a student's own list, most recently enrolled first.
CREATE INDEX enrollment_course_enrolled_idx ON enrollment (course_id, enrolled_at DESC, id);
CREATE INDEX enrollment_student_enrolled_idx ON enrollment (student_id, enrolled_at DESC, id);
