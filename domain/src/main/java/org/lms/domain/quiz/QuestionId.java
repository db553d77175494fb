package org.lms.domain.quiz;

import java.util.Objects;
import java.util.UUID;

/** Identifies a question of a quiz; new ids are given whenever the quiz's questions are replaced. */
public record QuestionId(UUID value) {

    public QuestionId {
        Objects.requireNonNull(value, "value");
    }

    public static QuestionId newId() {
        return new QuestionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
