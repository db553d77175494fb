-- Courses drafted and published by instructors. The domain bounds title (200) and description
-- (5000) in characters; the columns allow twice that so H2, which counts UTF-16 units, agrees.
CREATE TABLE course (
    id            UUID          PRIMARY KEY,
    code          VARCHAR(20)   NOT NULL,
    title         VARCHAR(400)  NOT NULL,
    description   VARCHAR(10000) NOT NULL,
    instructor_id UUID          NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT        NOT NULL,
    CONSTRAINT course_code_unique UNIQUE (code),
    CONSTRAINT course_status_known CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT course_published_has_date CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL)
);

-- Lists are newest first, filtered by status and by instructor.
CREATE INDEX course_status_created_idx ON course (status, created_at DESC, id);
CREATE INDEX course_instructor_created_idx ON course (instructor_id, created_at DESC, id);
