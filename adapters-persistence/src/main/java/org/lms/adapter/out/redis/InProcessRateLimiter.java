package org.lms.adapter.out.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.lms.application.port.out.RateLimiterPort;
import org.lms.domain.ratelimit.Decision;
import org.lms.domain.ratelimit.LimitKey;
import org.lms.domain.ratelimit.LimitPolicy;

/**
 * The embedded default: the same fixed windows as in Redis, counted in this process only, so
 * each server instance limits on its own. Ended windows are swept now and then so the map stays
 * as small as the set of recently active callers.
 */
@ApplicationScoped
@Typed(InProcessRateLimiter.class)
public class InProcessRateLimiter implements RateLimiterPort {

    private static final int SWEEP_EVERY = 1024;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private Clock clock;

    protected InProcessRateLimiter() {
    }

    @Inject
    public InProcessRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Decision tryAcquire(LimitKey key, LimitPolicy policy) {
        Instant now = clock.instant();
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            windows.values().removeIf(window -> window.hasEnded(now));
        }
        Window window = windows.compute(key.value(),
                (k, current) -> current == null || current.hasEnded(now) ? new Window(1, now.plus(policy.window())) : current.hit());
        return policy.decide(window.hits(), Duration.between(now, window.endsAt()));
    }

    int trackedWindows() {
        return windows.size();
    }

    private record Window(long hits, Instant endsAt) {

        Window hit() {
            return new Window(hits + 1, endsAt);
        }

        boolean hasEnded(Instant now) {
            return !now.isBefore(endsAt);
        }
    }
}
