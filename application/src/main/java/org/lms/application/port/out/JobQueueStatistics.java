package org.lms.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.lms.domain.job.JobState;
import org.lms.domain.job.JobType;

/**
 * The queue measured at {@code measuredAt}: how many jobs of each type are in each state that is
 * still of interest (PENDING, RUNNING, DEAD; succeeded jobs are history), and how long the oldest
 * due PENDING job of each type has waited. Types and states missing from the maps count zero.
 */
public record JobQueueStatistics(Instant measuredAt, Map<JobType, Map<JobState, Long>> depth,
                                 Map<JobType, Duration> oldestPendingAge) {

    public JobQueueStatistics {
        Objects.requireNonNull(measuredAt, "measuredAt");
        depth = Map.copyOf(depth);
        oldestPendingAge = Map.copyOf(oldestPendingAge);
    }

    public long depth(JobType type, JobState state) {
        return depth.getOrDefault(type, Map.of()).getOrDefault(state, 0L);
    }

    public Duration oldestPendingAge(JobType type) {
        return oldestPendingAge.getOrDefault(type, Duration.ZERO);
    }
}
