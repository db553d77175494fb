package org.lms.adapter.out.metrics.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.lms.adapter.out.metrics.catalogue.CataloguedMetrics;
import org.lms.application.port.out.RequestOriginPort;
import org.lms.application.port.out.SecurityEventPort;
import org.lms.application.port.out.SecurityEventStorePort;

/**
 * Every security event is logged on logger {@code org.lms.security} (type, user id, qualifier:
 * never a secret, an email or an address), appended to the hash-chained event log in a transaction
 * of its own, and counted once that transaction has committed. A refused login rolls its own
 * transaction back, yet its event is stored and counted.
 */
@ApplicationScoped
public class RecordedSecurityEvents implements SecurityEventPort {

    private static final Logger LOG = Logger.getLogger("org.lms.security");

    private CataloguedMetrics metrics;
    private SecurityEventStorePort store;
    private RequestOriginPort origins;

    protected RecordedSecurityEvents() {
    }

    @Inject
    public RecordedSecurityEvents(CataloguedMetrics metrics, SecurityEventStorePort store, RequestOriginPort origins) {
        this.metrics = metrics;
        this.store = store;
        this.origins = origins;
    }

    @Override
    public void record(SecurityEvent event) {
        String type = event.type().name().toLowerCase(Locale.ROOT);
        LOG.infof("security event %s user=%s %s", type, event.user().map(Object::toString).orElse("-"),
                event.qualifier());
        store.append(event, origins.current());
        metrics.counter("lms_security_events_total", Map.of("type", type)).inc();
        SecurityMetricLabels.of(event).ifPresent(this::increment);
        SecurityMetricLabels.challengeOutcome(event).ifPresent(this::increment);
    }

    private void increment(SecurityMetricLabels counter) {
        metrics.counter(counter.metric(), counter.labels()).inc();
    }
}
