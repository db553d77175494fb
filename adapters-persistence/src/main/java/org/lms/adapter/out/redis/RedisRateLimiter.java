package org.lms.adapter.out.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.lms.application.port.out.RateLimiterPort;
import org.lms.application.port.out.RateLimiterUnavailableException;
import org.lms.domain.ratelimit.Decision;
import org.lms.domain.ratelimit.LimitKey;
import org.lms.domain.ratelimit.LimitPolicy;

/**
 * The limiter shared by every server instance. Any failure of the counter, including the timeout
 * and the open circuit its interceptors raise, means "unavailable" to the application.
 * Typed to itself so that only {@link RateLimiterSelection} offers the port.
 */
@ApplicationScoped
@Typed(RedisRateLimiter.class)
public class RedisRateLimiter implements RateLimiterPort {

    private RedisWindowCounter counter;

    protected RedisRateLimiter() {
    }

    @Inject
    public RedisRateLimiter(RedisWindowCounter counter) {
        this.counter = counter;
    }

    @Override
    public Decision tryAcquire(LimitKey key, LimitPolicy policy) {
        WindowCount count;
        try {
            count = counter.hit(key.value(), policy.window());
        } catch (RuntimeException e) {
            // The message names the failure only: the key holds a user id or an address.
            throw new RateLimiterUnavailableException("Redis did not answer: " + e.getClass().getSimpleName(), e);
        }
        return policy.decide(count.hits(), count.untilReset());
    }
}
