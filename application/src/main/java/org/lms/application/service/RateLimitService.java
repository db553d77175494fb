package org.lms.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import org.lms.application.port.in.CheckRateLimitUseCase;
import org.lms.application.port.out.RateLimitEventsPort;
import org.lms.application.port.out.RateLimiterPort;
import org.lms.application.port.out.RateLimiterUnavailableException;
import org.lms.domain.ratelimit.Decision;
import org.lms.domain.ratelimit.LimitKey;
import org.lms.domain.ratelimit.LimitPolicy;

/**
 * Applies the policy of the request's endpoint class. When the counters cannot be read
 * the policy's fallback decides, so an outage of the store never fails a request by accident.
 * Not a {@code @UseCase}: it touches no transactional resource.
 */
@ApplicationScoped
public class RateLimitService implements CheckRateLimitUseCase {

    private static final System.Logger LOG = System.getLogger(RateLimitService.class.getName());

    private RateLimiterPort limiter;
    private RateLimitEventsPort events;

    protected RateLimitService() {
    }

    @Inject
    public RateLimitService(RateLimiterPort limiter, RateLimitEventsPort events) {
        this.limiter = limiter;
        this.events = events;
    }

    @Override
    public Decision check(LimitKey key, LimitPolicy policy) {
        if (key.endpointClass() != policy.endpointClass()) {
            throw new IllegalArgumentException("A " + key.endpointClass() + " key under a " + policy.endpointClass() + " policy");
        }
        try {
            Decision decision = limiter.tryAcquire(key, policy);
            if (!decision.allowed()) {
                events.limitExceeded(key.endpointClass());
            }
            return decision;
        } catch (RateLimiterUnavailableException e) {
            Decision decision = Decision.unchecked(policy);
            // The key names a user or an address, so only the class is logged.
            LOG.log(Level.WARNING, "Rate limiter unavailable for {0}, request {1}: {2}",
                    key.endpointClass().label(), decision.allowed() ? "allowed" : "refused", e.getMessage());
            events.limiterUnavailable(key.endpointClass(), decision.allowed());
            return decision;
        }
    }
}
