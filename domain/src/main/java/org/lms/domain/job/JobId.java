package org.lms.domain.job;

import java.util.Objects;
import java.util.UUID;

/** Identifies a job. */
public record JobId(UUID value) {

    public JobId {
        Objects.requireNonNull(value, "value");
    }

    public static JobId newId() {
        return new JobId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
