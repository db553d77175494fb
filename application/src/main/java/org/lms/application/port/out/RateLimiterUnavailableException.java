package org.lms.application.port.out;

/** The rate-limit counters could not be read in time; the caller applies the policy's fallback. */
public class RateLimiterUnavailableException extends RuntimeException {

    public RateLimiterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
