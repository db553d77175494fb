package org.lms.adapter.out.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.lms.adapter.out.metrics.catalogue.CataloguedMetrics;
import org.lms.application.port.out.RateLimitEventsPort;
import org.lms.domain.ratelimit.EndpointClass;

/** Counts refused requests and decisions taken while the limiter was unavailable, by endpoint class only. */
@ApplicationScoped
public class RateLimitMetrics implements RateLimitEventsPort {

    private CataloguedMetrics metrics;

    protected RateLimitMetrics() {
    }

    @Inject
    public RateLimitMetrics(CataloguedMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void limitExceeded(EndpointClass endpointClass) {
        metrics.counter("lms_rate_limit_violations_total", Map.of("endpoint_class", endpointClass.label())).inc();
    }

    @Override
    public void limiterUnavailable(EndpointClass endpointClass, boolean allowed) {
        metrics.counter("lms_rate_limiter_unavailable_total",
                Map.of("endpoint_class", endpointClass.label(), "decision", allowed ? "allowed" : "refused")).inc();
    }
}
