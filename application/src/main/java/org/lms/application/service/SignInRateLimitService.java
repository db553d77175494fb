package org.lms.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lms.application.port.in.CheckRateLimitUseCase;
import org.lms.application.port.in.CheckSignInRateLimitUseCase;
import org.lms.domain.ratelimit.Decision;
import org.lms.domain.ratelimit.LimitKey;
import org.lms.domain.ratelimit.LimitPolicy;

/**
 * The auth limit for sign-in attempts. Without this, the limit would hide an attacker from the
 * brute-force signal: it refuses an address after a few attempts a minute, so the address would
 * never reach the failed sign-ins that the signal counts. Not a {@code @UseCase}: it touches no
 * transactional resource.
 */
@ApplicationScoped
public class SignInRateLimitService implements CheckSignInRateLimitUseCase {

    private CheckRateLimitUseCase rateLimit;
    private LoginAbuseGuard abuse;

    protected SignInRateLimitService() {
    }

    @Inject
    public SignInRateLimitService(CheckRateLimitUseCase rateLimit, LoginAbuseGuard abuse) {
        this.rateLimit = rateLimit;
        this.abuse = abuse;
    }

    @Override
    public Decision check(LimitKey key, LimitPolicy policy) {
        Decision decision = rateLimit.check(key, policy);
        // Only a counted refusal: without counters nothing is known about the address.
        if (decision.verdict() == Decision.Verdict.LIMITED) {
            abuse.signInRateLimited();
        }
        return decision;
    }
}
