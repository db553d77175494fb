package org.lms.adapter.in.rest.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lms.domain.ratelimit.RateLimitPolicies;

/**
 * The limits per minute, from MicroProfile Config ({@code LMS_RATE_LIMIT_AUTH_PER_MINUTE},
 * {@code LMS_RATE_LIMIT_API_READ_PER_MINUTE}, {@code LMS_RATE_LIMIT_API_WRITE_PER_MINUTE}).
 */
@ApplicationScoped
public class RateLimitConfiguration {

    private RateLimitPolicies policies;

    protected RateLimitConfiguration() {
    }

    @Inject
    public RateLimitConfiguration(
            @ConfigProperty(name = "lms.rate-limit.auth.per-minute", defaultValue = "10") int auth,
            @ConfigProperty(name = "lms.rate-limit.api-read.per-minute", defaultValue = "600") int apiRead,
            @ConfigProperty(name = "lms.rate-limit.api-write.per-minute", defaultValue = "120") int apiWrite) {
        this.policies = RateLimitPolicies.perMinute(auth, apiRead, apiWrite);
    }

    public RateLimitPolicies policies() {
        return policies;
    }
}
