package org.lms.adapter.in.rest.http;

/** Explicit limits of the HTTP API, documented in the README. */
public final class RequestLimits {

    /** Largest JSON request body accepted, in bytes. */
    public static final long MAX_JSON_BODY_BYTES = 64 * 1024;

    /** Largest file upload accepted unless {@code lms.files.max-upload-bytes} says otherwise: 50 MiB. */
    public static final String DEFAULT_MAX_UPLOAD_BYTES = "52428800";

    private RequestLimits() {
    }
}
