package org.lms.adapter.out.metrics.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.lms.application.port.out.RateLimitStoreProbePort;

/**
 * Whether the shared rate-limit store (Redis) answers. With the in-process store there is nothing
 * to wait for, so the check is always up and says which store is in use.
 */
@Readiness
@ApplicationScoped
public class RateLimiterReadinessCheck implements HealthCheck {

    private static final String NAME = "rate-limiter";

    private RateLimitStoreProbePort store;

    protected RateLimiterReadinessCheck() {
    }

    @Inject
    public RateLimiterReadinessCheck(RateLimitStoreProbePort store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        if (!store.isShared()) {
            return HealthCheckResponse.named(NAME).up().withData("store", "in-process").build();
        }
        try {
            store.probe();
            return HealthCheckResponse.named(NAME).up().withData("store", "redis").build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("store", "redis")
                    .withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
