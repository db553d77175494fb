package org.lms.adapter.out.metrics.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.PriorityQueue;
import org.lms.adapter.out.metrics.catalogue.CataloguedMetrics;
import org.lms.application.port.out.AbuseSignalsPort;

/**
 * {@code lms_auth_failure_sources_over_threshold}: the addresses over the brute-force line, each
 * until its window ends. The ends wait in a heap, earliest first, so both a new source and a read
 * only drop the ends that have passed (each one once): never a walk over every address.
 */
@ApplicationScoped
public class FailureSourcesGauge implements AbuseSignalsPort {

    static final String NAME = "lms_auth_failure_sources_over_threshold";

    private final PriorityQueue<Instant> windowEnds = new PriorityQueue<>();
    private CataloguedMetrics metrics;
    private Clock clock;

    protected FailureSourcesGauge() {
    }

    @Inject
    public FailureSourcesGauge(CataloguedMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Registered at start, so the alert's expression has a series (0) before the first attack. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        metrics.gauge(NAME, Map.of(), this, FailureSourcesGauge::sourcesOverThreshold);
    }

    @Override
    public synchronized void failureSourceOverThreshold(Duration until) {
        Instant now = clock.instant();
        dropEnded(now);
        windowEnds.add(now.plus(until));
    }

    synchronized double sourcesOverThreshold() {
        dropEnded(clock.instant());
        return windowEnds.size();
    }

    private void dropEnded(Instant now) {
        while (!windowEnds.isEmpty() && !windowEnds.peek().isAfter(now)) {
            windowEnds.poll();
        }
    }
}
