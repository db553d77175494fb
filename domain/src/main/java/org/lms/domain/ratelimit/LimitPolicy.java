package org.lms.domain.ratelimit;

import java.time.Duration;
import java.util.Objects;

/** At most {@code limit} requests per {@code window} for one subject of an endpoint class. */
public record LimitPolicy(EndpointClass endpointClass, int limit, Duration window) {

    public LimitPolicy {
        Objects.requireNonNull(endpointClass, "endpointClass");
        Objects.requireNonNull(window, "window");
        if (limit < 1) {
            throw new IllegalArgumentException("The limit of " + endpointClass + " must be at least 1, got " + limit);
        }
        if (window.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("The window of " + endpointClass + " must be at least one second");
        }
    }

    public static LimitPolicy perMinute(EndpointClass endpointClass, int limit) {
        return new LimitPolicy(endpointClass, limit, Duration.ofMinutes(1));
    }

    public WhenUnavailable whenUnavailable() {
        return endpointClass.whenUnavailable();
    }

    /**
     * The fixed-window rule: the {@code hits}-th request of a window that ends in
     * {@code untilReset} is allowed while it stays within the limit.
     */
    public Decision decide(long hits, Duration untilReset) {
        Duration reset = untilReset.isNegative() || untilReset.isZero() ? window : untilReset;
        if (hits <= limit) {
            return Decision.counted(true, limit, limit - hits, reset);
        }
        return Decision.counted(false, limit, 0, reset);
    }
}
