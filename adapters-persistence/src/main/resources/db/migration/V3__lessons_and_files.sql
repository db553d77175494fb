-- Uploaded files: only metadata lives here; the bytes are in file storage under storage_key, a
-- name the application generated (never the client's). original_name is kept for downloads only.
CREATE TABLE stored_file (
    id             UUID          PRIMARY KEY,
    course_id      UUID          NOT NULL,
    owner_id       UUID          NOT NULL,
    purpose        VARCHAR(20)   NOT NULL,
    original_name  VARCHAR(510)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    storage_key    VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stored_file_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT stored_file_storage_key_unique UNIQUE (storage_key),
    CONSTRAINT stored_file_purpose_known CHECK (purpose IN ('LESSON_MATERIAL', 'SUBMISSION')),
    CONSTRAINT stored_file_not_empty CHECK (size_bytes > 0),
    CONSTRAINT stored_file_sha256_length CHECK (LENGTH(sha256) = 64)
);

CREATE INDEX stored_file_course_idx ON stored_file (course_id, created_at);

-- Lessons in course order. The columns of each type are filled only for that type; positions
-- need not be contiguous (deleting a lesson leaves a gap), only ordered.
CREATE TABLE lesson (
    id                UUID          PRIMARY KEY,
    course_id         UUID          NOT NULL,
    position          INTEGER       NOT NULL,
    title             VARCHAR(400)  NOT NULL,
    type              VARCHAR(16)   NOT NULL,
    completion_rule   VARCHAR(16)   NOT NULL,
    required          BOOLEAN       NOT NULL,
    video_url         VARCHAR(4000),
    duration_seconds  INTEGER,
    body              TEXT,
    file_id           UUID,
    quiz_id           UUID,
    due_at            TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lesson_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT lesson_file_fk FOREIGN KEY (file_id) REFERENCES stored_file (id),
    CONSTRAINT lesson_type_known CHECK (type IN ('VIDEO', 'TEXT', 'FILE', 'QUIZ', 'ASSIGNMENT')),
    CONSTRAINT lesson_rule_known CHECK (completion_rule IN ('VIEWED', 'SUBMITTED', 'PASSED', 'MARKED_DONE')),
    CONSTRAINT lesson_position_not_negative CHECK (position >= 0),
    CONSTRAINT lesson_video_complete CHECK (type <> 'VIDEO' OR (video_url IS NOT NULL AND duration_seconds > 0)),
    CONSTRAINT lesson_file_complete CHECK (type <> 'FILE' OR file_id IS NOT NULL),
    CONSTRAINT lesson_quiz_complete CHECK (type <> 'QUIZ' OR quiz_id IS NOT NULL)
);

CREATE INDEX lesson_course_position_idx ON lesson (course_id, position, id);
