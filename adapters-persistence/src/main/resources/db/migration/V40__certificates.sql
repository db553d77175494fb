-- Certificates of completion. The unique (course_id, student_id) constraint is what makes issuance
-- exactly-once even when two workers run the same issuance job at the same time; the code is the
-- only public handle. Title and holder name are copied at issue time (the holder name is the
-- student's user id until user profiles exist).
CREATE TABLE certificate (
    id                UUID          PRIMARY KEY,
    code              VARCHAR(32)   NOT NULL,
    course_id         UUID          NOT NULL,
    student_id        UUID          NOT NULL,
    course_title      VARCHAR(400)  NOT NULL,
    holder_name       VARCHAR(400)  NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at        TIMESTAMP WITH TIME ZONE,
    revocation_reason VARCHAR(1000),
    CONSTRAINT certificate_code_unique UNIQUE (code),
    CONSTRAINT certificate_course_student_unique UNIQUE (course_id, student_id),
    CONSTRAINT certificate_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT certificate_revocation_complete CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
);

-- A student's own certificates, newest first.
CREATE INDEX certificate_student_issued_idx ON certificate (student_id, issued_at DESC, id);
