package org.lms.domain.lesson;

import java.util.Objects;
import java.util.UUID;

/** Identifies a lesson. */
public record LessonId(UUID value) {

    public LessonId {
        Objects.requireNonNull(value, "value");
    }

    public static LessonId newId() {
        return new LessonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
