package org.lms.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Reads columns of native query results, whose Java types differ between drivers and Hibernate versions. */
public final class NativeValues {

    private NativeValues() {
    }

    public static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    public static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }

    /** 0 for SQL NULL (an aggregate over no rows). */
    public static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
