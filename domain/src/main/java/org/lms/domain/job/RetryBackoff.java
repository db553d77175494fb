package org.lms.domain.job;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a failed job waits before its next attempt: {@code base * 2^(attempt-1)}, capped, then
 * spread by up to {@code jitter} of itself (either way) so that jobs failing together do not all
 * retry in the same instant.
 */
public record RetryBackoff(Duration base, Duration cap, double jitter) {

    private static final int FACTOR = 2;

    public RetryBackoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("Back-off needs 0 < base <= cap, got " + base + " and " + cap);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("Jitter must be in [0, 1), got " + jitter);
        }
    }

    /** The usual policy: 2 s, 4 s, 8 s ... at most 15 min, spread by 20 %. */
    public static RetryBackoff standard() {
        return new RetryBackoff(Duration.ofSeconds(2), Duration.ofMinutes(15), 0.2);
    }

    /**
     * The wait after failed attempt number {@code attempt} (1 for the first). {@code random} is a
     * value in [0, 1) supplied by the caller, so the policy stays deterministic under test.
     */
    public Duration delayAfter(int attempt, double random) {
        if (attempt < 1) {
            throw new IllegalArgumentException("Attempts count from 1, got " + attempt);
        }
        if (random < 0 || random >= 1) {
            throw new IllegalArgumentException("random must be in [0, 1), got " + random);
        }
        long capMillis = cap.toMillis();
        long delay = base.toMillis();
        for (int i = 1; i < attempt && delay < capMillis; i++) {
            delay *= FACTOR;
        }
        delay = Math.min(delay, capMillis);
        double spread = 1 + jitter * (2 * random - 1);
        return Duration.ofMillis(Math.max(1, Math.round(delay * spread)));
    }
}
