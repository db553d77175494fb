package org.lms.adapter.out.metrics.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import org.lms.adapter.out.metrics.catalogue.CataloguedMetrics;
import org.lms.application.port.out.AbuseSignalsPort;

/**
 * {@code lms_auth_failure_sources_over_threshold}: the addresses over the brute-force line, each
 * until its reported end; a later report for the same source moves its end. The ends wait in a
 * heap, earliest first, so both a report and a read only drop the ends that have passed (each one
 * once): never a walk over every address. The sources are hashes; they never leave this class.
 */
@ApplicationScoped
public class FailureSourcesGauge implements AbuseSignalsPort {

    static final String NAME = "lms_auth_failure_sources_over_threshold";

    private final PriorityQueue<End> ends = new PriorityQueue<>(Comparator.comparing(End::at));
    private final Map<String, Instant> endOfSource = new HashMap<>();
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
    public synchronized void failureSourceOverThreshold(String source, Duration until) {
        Instant now = clock.instant();
        dropEnded(now);
        Instant end = now.plus(until);
        endOfSource.merge(source, end, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
        ends.add(new End(source, end));
    }

    synchronized double sourcesOverThreshold() {
        dropEnded(clock.instant());
        return endOfSource.size();
    }

    private void dropEnded(Instant now) {
        while (!ends.isEmpty() && !ends.peek().at().isAfter(now)) {
            End ended = ends.poll();
            // Only when no later report has moved the source's end.
            endOfSource.remove(ended.source(), ended.at());
        }
    }

    private record End(String source, Instant at) {
    }
}
