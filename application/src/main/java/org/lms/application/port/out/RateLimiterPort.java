package org.lms.application.port.out;

import org.lms.domain.ratelimit.Decision;
import org.lms.domain.ratelimit.LimitKey;
import org.lms.domain.ratelimit.LimitPolicy;

/** Counts a request against the window of its key and decides by the policy. */
public interface RateLimiterPort {

    /**
     * Counts one request and answers whether it is within the limit.
     *
     * @throws RateLimiterUnavailableException when the counters cannot be read in time
     */
    Decision tryAcquire(LimitKey key, LimitPolicy policy);
}
