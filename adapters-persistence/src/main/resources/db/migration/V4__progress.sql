-- One row per lesson a student completed; the primary key is what makes completing twice
-- impossible, even for concurrent requests. Deleting a lesson deletes its completions.
CREATE TABLE lesson_completion (
    lesson_id          UUID NOT NULL,
    student_id         UUID NOT NULL,
    course_id          UUID NOT NULL,
    completed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    submission_file_id UUID,
    CONSTRAINT lesson_completion_pk PRIMARY KEY (lesson_id, student_id),
    CONSTRAINT lesson_completion_lesson_fk FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE,
    CONSTRAINT lesson_completion_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT lesson_completion_file_fk FOREIGN KEY (submission_file_id) REFERENCES stored_file (id)
);

CREATE INDEX lesson_completion_student_idx ON lesson_completion (course_id, student_id);

-- A student completed a course once every required lesson was complete; kept even if lessons change later.
CREATE TABLE course_completion (
    course_id    UUID NOT NULL,
    student_id   UUID NOT NULL,
    enrolled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT course_completion_pk PRIMARY KEY (course_id, student_id),
    CONSTRAINT course_completion_course_fk FOREIGN KEY (course_id) REFERENCES course (id)
);
