package org.lms.adapter.in.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lms.application.job.JobQueueSettings;
import org.lms.domain.job.RetryBackoff;

/**
 * The job queue's configuration (MicroProfile Config, so {@code lms.jobs.poll-interval} is also
 * {@code LMS_JOBS_POLL_INTERVAL}). Every duration is in milliseconds.
 */
@ApplicationScoped
public class JobQueueConfiguration {

    private static final double JITTER = 0.2;

    private boolean enabled;
    private long pollInterval;
    private int workers;
    private int maxAttempts;
    private long backoffBase;
    private long backoffCap;
    private long lease;
    private long metricsRefreshInterval;
    private long engagementRecomputeInterval;
    private long succeededRetention;

    protected JobQueueConfiguration() {
    }

    @Inject
    public JobQueueConfiguration(
            @ConfigProperty(name = "lms.jobs.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "lms.jobs.poll-interval", defaultValue = "1000") long pollInterval,
            @ConfigProperty(name = "lms.jobs.workers", defaultValue = "4") int workers,
            @ConfigProperty(name = "lms.jobs.max-attempts", defaultValue = "5") int maxAttempts,
            @ConfigProperty(name = "lms.jobs.backoff-base", defaultValue = "2000") long backoffBase,
            @ConfigProperty(name = "lms.jobs.backoff-cap", defaultValue = "900000") long backoffCap,
            @ConfigProperty(name = "lms.jobs.lease", defaultValue = "300000") long lease,
            @ConfigProperty(name = "lms.jobs.metrics-refresh-interval", defaultValue = "15000") long metricsRefreshInterval,
            @ConfigProperty(name = "lms.jobs.engagement-recompute-interval", defaultValue = "600000")
            long engagementRecomputeInterval,
            @ConfigProperty(name = "lms.jobs.succeeded-retention", defaultValue = "604800000") long succeededRetention) {
        if (pollInterval < 10 || workers < 1 || workers > 64) {
            throw new IllegalArgumentException("lms.jobs.poll-interval must be at least 10 ms and lms.jobs.workers 1..64,"
                    + " got " + pollInterval + " and " + workers);
        }
        this.enabled = enabled;
        this.pollInterval = pollInterval;
        this.workers = workers;
        this.maxAttempts = maxAttempts;
        this.backoffBase = backoffBase;
        this.backoffCap = backoffCap;
        this.lease = lease;
        this.metricsRefreshInterval = metricsRefreshInterval;
        this.engagementRecomputeInterval = engagementRecomputeInterval;
        this.succeededRetention = succeededRetention;
    }

    /** Dependent, not application-scoped: a record is final and cannot be proxied. */
    @Produces
    JobQueueSettings settings() {
        return new JobQueueSettings(maxAttempts,
                new RetryBackoff(Duration.ofMillis(backoffBase), Duration.ofMillis(Math.max(backoffBase, backoffCap)), JITTER),
                Duration.ofMillis(lease), Duration.ofMillis(metricsRefreshInterval),
                Duration.ofMillis(engagementRecomputeInterval), Duration.ofMillis(succeededRetention));
    }

    public boolean enabled() {
        return enabled;
    }

    public Duration pollInterval() {
        return Duration.ofMillis(pollInterval);
    }

    /** How many jobs run at once on this server. */
    public int workers() {
        return workers;
    }
}
