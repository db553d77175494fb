package org.lms.adapter.in.rest.http;

import jakarta.ws.rs.ClientErrorException;

/** A request body exceeded its limit: 413. Unchecked so it can escape a reading provider. */
public class PayloadTooLargeException extends ClientErrorException {

    public PayloadTooLargeException(long limit) {
        super("Request body exceeds the limit of " + limit + " bytes", 413);
    }
}
