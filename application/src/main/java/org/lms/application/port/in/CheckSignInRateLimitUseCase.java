package org.lms.application.port.in;

import org.lms.domain.ratelimit.Decision;
import org.lms.domain.ratelimit.LimitKey;
import org.lms.domain.ratelimit.LimitPolicy;

/**
 * Counts one sign-in attempt against the auth limit of its client address, like
 * {@link CheckRateLimitUseCase}; an attempt refused for the limit is still a guess at a password
 * and counts toward the address's failed sign-ins, which the brute-force signal follows.
 */
public interface CheckSignInRateLimitUseCase {

    Decision check(LimitKey key, LimitPolicy policy);
}
