package org.lms.domain.assignment;

import java.util.Objects;
import java.util.UUID;

/** Identifies one hand-in of an assignment. */
public record SubmissionId(UUID value) {

    public SubmissionId {
        Objects.requireNonNull(value, "value");
    }

    public static SubmissionId newId() {
        return new SubmissionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
