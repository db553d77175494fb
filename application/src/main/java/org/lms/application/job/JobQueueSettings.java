package org.lms.application.job;

import java.time.Duration;
import java.util.Objects;
import org.lms.domain.job.RetryBackoff;

/**
 * How the queue behaves, read from configuration by the adapter that runs the workers.
 *
 * @param maxAttempts attempts a job gets before it is dead-lettered
 * @param backoff the wait between attempts
 * @param lease how long a claimed job belongs to its worker; after that another worker may take it,
 *     so it must be longer than any handler runs
 * @param metricsRefreshInterval how often the queue and platform gauges are recomputed (a METRICS_REFRESH job)
 * @param engagementRecomputeInterval how often engagement scores are recomputed (an ENGAGEMENT_RECOMPUTE job)
 * @param succeededRetention how long succeeded jobs are kept before they are deleted
 */
public record JobQueueSettings(int maxAttempts, RetryBackoff backoff, Duration lease, Duration metricsRefreshInterval,
                               Duration engagementRecomputeInterval, Duration succeededRetention) {

    public JobQueueSettings {
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(metricsRefreshInterval, "metricsRefreshInterval");
        Objects.requireNonNull(engagementRecomputeInterval, "engagementRecomputeInterval");
        Objects.requireNonNull(succeededRetention, "succeededRetention");
        if (maxAttempts < 1 || lease.isNegative() || lease.isZero() || metricsRefreshInterval.toMillis() < 1
                || engagementRecomputeInterval.toMillis() < 1) {
            throw new IllegalArgumentException("Job queue settings out of range: " + maxAttempts + " attempts, lease "
                    + lease + ", refresh every " + metricsRefreshInterval);
        }
    }
}
