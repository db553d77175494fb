package org.lms.adapter.out.metrics.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the JVM has heap headroom. Database trouble does not make the process unhealthy
 * (restarting would not fix it), so it only affects readiness.
 */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

    private static final double MAX_HEAP_USED = 0.98;

    @Override
    public HealthCheckResponse call() {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        double used = heap.getMax() > 0 ? (double) heap.getUsed() / heap.getMax() : 0;
        return HealthCheckResponse.named("application")
                .status(used < MAX_HEAP_USED)
                .withData("heapUsedRatio", String.format("%.2f", used))
                .build();
    }
}
