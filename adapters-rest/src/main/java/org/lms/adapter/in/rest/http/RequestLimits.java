package org.lms.adapter.in.rest.http;

/** Explicit limits of the HTTP API, documented in the README. */
public final class RequestLimits {

    /** Largest JSON request body accepted, in bytes. */
    public static final long MAX_JSON_BODY_BYTES = 64 * 1024;

    private RequestLimits() {
    }
}
