package org.lms.adapter.out.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.lms.application.port.out.AbuseCountersPort;
import org.lms.application.port.out.RateLimiterUnavailableException;

/**
 * Abuse counters shared by every server instance. As with the rate limiter, any failure of the
 * store (timeout and open circuit included) is "unavailable" to the application.
 * Typed to itself so that only {@link RateLimiterSelection} offers the port.
 */
@ApplicationScoped
@Typed(RedisAbuseCounters.class)
public class RedisAbuseCounters implements AbuseCountersPort {

    private RedisAbuseStore store;

    protected RedisAbuseCounters() {
    }

    @Inject
    public RedisAbuseCounters(RedisAbuseStore store) {
        this.store = store;
    }

    @Override
    public WindowHits hit(String key, Duration window) {
        List<Long> result = call(() -> store.hit(key, window));
        return new WindowHits(result.get(0), Duration.ofMillis(result.get(1)));
    }

    @Override
    public long distinct(String key, String member, Duration window) {
        return call(() -> store.distinct(key, member, window));
    }

    @Override
    public long current(String key) {
        return call(() -> store.current(key));
    }

    @Override
    public void clear(String key) {
        call(() -> {
            store.clear(key);
            return null;
        });
    }

    @Override
    public void block(String key, Duration duration) {
        call(() -> {
            store.block(key, duration);
            return null;
        });
    }

    @Override
    public Optional<Duration> blockedFor(String key) {
        long millis = call(() -> store.timeLeft(key));
        return millis > 0 ? Optional.of(Duration.ofMillis(millis)) : Optional.empty();
    }

    private static <T> T call(Supplier<T> command) {
        try {
            return command.get();
        } catch (RuntimeException e) {
            // The message names the failure only: keys hold addresses.
            throw new RateLimiterUnavailableException("Redis did not answer: " + e.getClass().getSimpleName(), e);
        }
    }
}
