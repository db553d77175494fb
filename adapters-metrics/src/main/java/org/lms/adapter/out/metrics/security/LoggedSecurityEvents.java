package org.lms.adapter.out.metrics.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.lms.adapter.out.metrics.catalogue.CataloguedMetrics;
import org.lms.application.port.out.SecurityEventPort;

/**
 * Logs every security event on logger {@code org.lms.security} and counts it. Counted at once, not
 * after commit: a refused login rolls its transaction back and must still show in the metrics.
 */
@ApplicationScoped
public class LoggedSecurityEvents implements SecurityEventPort {

    private static final Logger LOG = Logger.getLogger("org.lms.security");

    private CataloguedMetrics metrics;

    protected LoggedSecurityEvents() {
    }

    @Inject
    public LoggedSecurityEvents(CataloguedMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void record(SecurityEvent event) {
        String type = event.type().name().toLowerCase(Locale.ROOT);
        LOG.infof("security event %s user=%s %s", type, event.user().map(Object::toString).orElse("-"),
                event.qualifier());
        metrics.counter("lms_security_events_total", Map.of("type", type)).inc();
        SecurityMetricLabels.of(event).ifPresent(this::increment);
        SecurityMetricLabels.challengeOutcome(event).ifPresent(this::increment);
    }

    private void increment(SecurityMetricLabels counter) {
        metrics.counter(counter.metric(), counter.labels()).inc();
    }
}
