package org.lms.adapter.in.rest.http;

/** A request body exceeded its limit. Unchecked so it can escape a reading provider. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("Request body exceeds the limit of " + limit + " bytes");
    }
}
