package org.lms.domain.quiz;

import java.util.Objects;
import java.util.UUID;

/** Identifies a quiz; it is the {@code quizId} its QUIZ lesson names. */
public record QuizId(UUID value) {

    public QuizId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
