-- Quizzes of QUIZ lessons (one per lesson; the quiz id is the lesson's quizId), their questions with
-- answer keys, and students' attempts. Plain SQL that PostgreSQL and H2 (PostgreSQL mode) both accept.
-- Deleting a lesson deletes its quiz with every attempt.
CREATE TABLE quiz (
    id                 UUID         PRIMARY KEY,
    course_id          UUID         NOT NULL,
    lesson_id          UUID         NOT NULL,
    pass_mark_percent  INTEGER      NOT NULL,
    time_limit_seconds INTEGER,
    max_attempts       INTEGER,
    scoring_policy     VARCHAR(16)  NOT NULL,
    shuffle            BOOLEAN      NOT NULL,
    reveal_answers     BOOLEAN      NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quiz_lesson_unique UNIQUE (lesson_id),
    CONSTRAINT quiz_lesson_fk FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE,
    CONSTRAINT quiz_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT quiz_settings_valid CHECK (pass_mark_percent BETWEEN 0 AND 100
        AND (time_limit_seconds IS NULL OR time_limit_seconds BETWEEN 60 AND 86400)
        AND (max_attempts IS NULL OR max_attempts BETWEEN 1 AND 100)
        AND scoring_policy IN ('HIGHEST', 'LATEST'))
);

CREATE INDEX quiz_course_idx ON quiz (course_id);

-- correct_value for TRUE_FALSE; exact_match for SHORT_ANSWER; options and accepted texts in their own tables.
CREATE TABLE quiz_question (
    id            UUID          PRIMARY KEY,
    quiz_id       UUID          NOT NULL,
    position      INTEGER       NOT NULL,
    type          VARCHAR(20)   NOT NULL,
    prompt        VARCHAR(8000) NOT NULL,
    points        INTEGER       NOT NULL,
    correct_value BOOLEAN,
    exact_match   BOOLEAN       NOT NULL,
    CONSTRAINT quiz_question_quiz_fk FOREIGN KEY (quiz_id) REFERENCES quiz (id) ON DELETE CASCADE,
    CONSTRAINT quiz_question_position_unique UNIQUE (quiz_id, position),
    CONSTRAINT quiz_question_valid CHECK (points BETWEEN 1 AND 100
        AND type IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER')
        AND ((type = 'TRUE_FALSE') = (correct_value IS NOT NULL)))
);

-- position is the option's index in the author's order, which answers and the shuffled order name.
CREATE TABLE quiz_question_option (
    question_id UUID          NOT NULL,
    position    INTEGER       NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    correct     BOOLEAN       NOT NULL,
    CONSTRAINT quiz_question_option_pk PRIMARY KEY (question_id, position),
    CONSTRAINT quiz_question_option_question_fk FOREIGN KEY (question_id) REFERENCES quiz_question (id)
        ON DELETE CASCADE
);

CREATE TABLE quiz_question_accepted_answer (
    question_id UUID          NOT NULL,
    position    INTEGER       NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    CONSTRAINT quiz_question_accepted_answer_pk PRIMARY KEY (question_id, position),
    CONSTRAINT quiz_question_accepted_answer_question_fk FOREIGN KEY (question_id) REFERENCES quiz_question (id)
        ON DELETE CASCADE
);

-- One row per student who ever started the quiz: starting and closing attempts lock it
-- (SELECT ... FOR UPDATE), so parallel starts count each other's attempts and never exceed max_attempts.
CREATE TABLE quiz_participant (
    quiz_id    UUID NOT NULL,
    student_id UUID NOT NULL,
    CONSTRAINT quiz_participant_pk PRIMARY KEY (quiz_id, student_id),
    CONSTRAINT quiz_participant_quiz_fk FOREIGN KEY (quiz_id) REFERENCES quiz (id) ON DELETE CASCADE
);

-- due_at is started_at + the time limit (the 30 s grace comes on top), NULL when untimed. A closed
-- attempt (SUBMITTED or EXPIRED) has closed_at and its grade; the unique number per student and quiz
-- is the backstop of the participant lock.
CREATE TABLE quiz_attempt (
    id             UUID         PRIMARY KEY,
    quiz_id        UUID         NOT NULL,
    course_id      UUID         NOT NULL,
    lesson_id      UUID         NOT NULL,
    student_id     UUID         NOT NULL,
    attempt_number INTEGER      NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE,
    closed_at      TIMESTAMP WITH TIME ZONE,
    points_earned  INTEGER,
    points_total   INTEGER,
    score_percent  NUMERIC(5, 2),
    passed         BOOLEAN,
    CONSTRAINT quiz_attempt_quiz_fk FOREIGN KEY (quiz_id) REFERENCES quiz (id) ON DELETE CASCADE,
    CONSTRAINT quiz_attempt_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT quiz_attempt_number_unique UNIQUE (quiz_id, student_id, attempt_number),
    CONSTRAINT quiz_attempt_valid CHECK (attempt_number >= 1
        AND status IN ('IN_PROGRESS', 'SUBMITTED', 'EXPIRED')
        AND ((status = 'IN_PROGRESS') = (closed_at IS NULL))
        AND ((closed_at IS NULL) = (passed IS NULL))
        AND ((closed_at IS NULL) = (score_percent IS NULL))
        AND (score_percent IS NULL OR score_percent BETWEEN 0 AND 100))
);

-- A student's attempts; a quiz's attempts newest first; the overdue ones of a quiz.
CREATE INDEX quiz_attempt_student_idx ON quiz_attempt (quiz_id, student_id, attempt_number);
CREATE INDEX quiz_attempt_started_idx ON quiz_attempt (quiz_id, started_at DESC, id);
CREATE INDEX quiz_attempt_due_idx ON quiz_attempt (quiz_id, status, due_at);
CREATE INDEX quiz_attempt_course_idx ON quiz_attempt (course_id, status);

-- The order an attempt shows its questions in, and each choice question's option order (indexes
-- in the author's order, comma-separated), drawn once at the start.
CREATE TABLE quiz_attempt_question (
    attempt_id   UUID         NOT NULL,
    position     INTEGER      NOT NULL,
    question_id  UUID         NOT NULL,
    option_order VARCHAR(100),
    CONSTRAINT quiz_attempt_question_pk PRIMARY KEY (attempt_id, position),
    CONSTRAINT quiz_attempt_question_unique UNIQUE (attempt_id, question_id),
    CONSTRAINT quiz_attempt_question_attempt_fk FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
        ON DELETE CASCADE,
    CONSTRAINT quiz_attempt_question_question_fk FOREIGN KEY (question_id) REFERENCES quiz_question (id)
        ON DELETE CASCADE
);

-- The latest saved answer per question: CHOICE (selected option indexes, comma-separated, possibly
-- empty), TRUE_FALSE (bool_value) or TEXT (text_value).
CREATE TABLE quiz_attempt_answer (
    attempt_id       UUID          NOT NULL,
    question_id      UUID          NOT NULL,
    kind             VARCHAR(12)   NOT NULL,
    selected_options VARCHAR(100),
    bool_value       BOOLEAN,
    text_value       VARCHAR(2000),
    saved_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quiz_attempt_answer_pk PRIMARY KEY (attempt_id, question_id),
    CONSTRAINT quiz_attempt_answer_question_fk FOREIGN KEY (attempt_id, question_id)
        REFERENCES quiz_attempt_question (attempt_id, question_id) ON DELETE CASCADE,
    CONSTRAINT quiz_attempt_answer_valid CHECK (
        (kind = 'CHOICE' AND selected_options IS NOT NULL AND bool_value IS NULL AND text_value IS NULL)
        OR (kind = 'TRUE_FALSE' AND selected_options IS NULL AND bool_value IS NOT NULL AND text_value IS NULL)
        OR (kind = 'TEXT' AND selected_options IS NULL AND bool_value IS NULL AND text_value IS NOT NULL))
);

-- Per quiz (for the Course Performance dashboard): attempts started, closed by submission or by the
-- deadline, passed, students who tried, and the average score of the closed attempts (NULL before any).
CREATE VIEW report_quiz_performance AS
SELECT q.id AS quiz_id,
       q.course_id,
       c.code,
       q.lesson_id,
       l.title AS lesson_title,
       COUNT(a.id) AS attempts,
       COUNT(CASE WHEN a.status = 'SUBMITTED' THEN 1 END) AS submitted,
       COUNT(CASE WHEN a.status = 'EXPIRED' THEN 1 END) AS expired,
       COUNT(CASE WHEN a.passed THEN 1 END) AS passed,
       COUNT(DISTINCT a.student_id) AS students,
       ROUND(AVG(a.score_percent), 2) AS average_score_percent
FROM quiz q
JOIN course c ON c.id = q.course_id
JOIN lesson l ON l.id = q.lesson_id
LEFT JOIN quiz_attempt a ON a.quiz_id = q.id
GROUP BY q.id, q.course_id, c.code, q.lesson_id, l.title;
