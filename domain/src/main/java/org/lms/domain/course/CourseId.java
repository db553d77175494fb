package org.lms.domain.course;

import java.util.Objects;
import java.util.UUID;

/** Identifies a course. */
public record CourseId(UUID value) {

    public CourseId {
        Objects.requireNonNull(value, "value");
    }

    public static CourseId newId() {
        return new CourseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
