package org.lms.domain.enrollment;

import java.util.Objects;
import java.util.UUID;

/** Identifies an enrollment. */
public record EnrollmentId(UUID value) {

    public EnrollmentId {
        Objects.requireNonNull(value, "value");
    }

    public static EnrollmentId newId() {
        return new EnrollmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
