package org.lms.application.port.in;

import org.lms.domain.ratelimit.Decision;
import org.lms.domain.ratelimit.LimitKey;
import org.lms.domain.ratelimit.LimitPolicy;

/**
 * Counts one request against the policy of its endpoint class; refusals and decisions taken
 * without counters are reported to operators.
 */
public interface CheckRateLimitUseCase {

    Decision check(LimitKey key, LimitPolicy policy);
}
