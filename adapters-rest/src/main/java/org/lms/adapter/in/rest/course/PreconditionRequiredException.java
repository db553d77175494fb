package org.lms.adapter.in.rest.course;

import jakarta.ws.rs.ClientErrorException;

/** A change was sent without {@code If-Match}: 428, so lost updates cannot happen by omission. */
class PreconditionRequiredException extends ClientErrorException {

    PreconditionRequiredException() {
        super("If-Match with the course's ETag is required", 428);
    }
}
