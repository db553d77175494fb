package org.lms.application.common;

import org.lms.domain.shared.InvalidValueException;

/** Which slice of a list to return: {@code limit} items after skipping {@code offset}. */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 100_000;

    public PageRequest {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new InvalidValueException("offset", "offset must be between 0 and " + MAX_OFFSET);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
