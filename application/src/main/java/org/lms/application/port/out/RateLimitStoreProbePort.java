package org.lms.application.port.out;

/** Tells whether the store of the rate-limit counters answers, for health checks. */
public interface RateLimitStoreProbePort {

    /** Whether the counters live in a store shared by every server (Redis) rather than in this process. */
    boolean isShared();

    /** Pings the shared store; throws when it cannot be reached in time. */
    void probe();
}
