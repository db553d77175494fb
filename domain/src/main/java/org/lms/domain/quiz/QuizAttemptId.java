package org.lms.domain.quiz;

import java.util.Objects;
import java.util.UUID;

/** Identifies one attempt of one student at one quiz. */
public record QuizAttemptId(UUID value) {

    public QuizAttemptId {
        Objects.requireNonNull(value, "value");
    }

    public static QuizAttemptId newId() {
        return new QuizAttemptId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
