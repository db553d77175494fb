package org.lms.domain.identity;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user (student, instructor or admin) across the whole system. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
