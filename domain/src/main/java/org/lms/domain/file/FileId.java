package org.lms.domain.file;

import java.util.Objects;
import java.util.UUID;

/** Identifies an uploaded file. */
public record FileId(UUID value) {

    public FileId {
        Objects.requireNonNull(value, "value");
    }

    public static FileId newId() {
        return new FileId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
