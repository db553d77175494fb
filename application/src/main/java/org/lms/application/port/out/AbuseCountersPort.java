package org.lms.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Short-lived counters for abuse protection, kept where the rate-limit windows are (Redis when
 * configured, else this process): every key ends by itself after its window, so nothing needs
 * cleaning up. Keys name an address or a hashed email, never a clear email.
 *
 * @throws RateLimiterUnavailableException from every method when the store does not answer in time
 */
public interface AbuseCountersPort {

    /** Counts one hit in the fixed window of {@code key}; the window starts with its first hit. */
    WindowHits hit(String key, Duration window);

    /** Adds {@code member} to the set of {@code key} (a window starting with its first member); answers the set's size. */
    long distinct(String key, String member, Duration window);

    /** The hits of the current window of {@code key}, 0 when there is none. */
    long current(String key);

    void clear(String key);

    /** Blocks {@code key} for {@code duration}, replacing an earlier block. */
    void block(String key, Duration duration);

    /** The time left of the block on {@code key}, empty when it is not blocked. */
    Optional<Duration> blockedFor(String key);

    record WindowHits(long hits, Duration untilReset) {
    }
}
