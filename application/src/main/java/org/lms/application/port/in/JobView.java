package org.lms.application.port.in;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lms.domain.job.Job;
import org.lms.domain.job.JobState;
import org.lms.domain.job.JobType;

/** A job as use cases return it: plain values, safe to hand to any adapter. */
public record JobView(UUID id, JobType type, String idempotencyKey, String payload, JobState state, int attempts,
                      int maxAttempts, Instant runAfter, Optional<String> lastError, Instant createdAt,
                      Instant updatedAt) {

    public static JobView of(Job job) {
        return new JobView(job.id().value(), job.type(), job.idempotencyKey(), job.payload(), job.state(),
                job.attempts(), job.maxAttempts(), job.runAfter(), job.lastError(), job.createdAt(), job.updatedAt());
    }
}
