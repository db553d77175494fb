package org.lms.domain.job.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.lms.domain.job.JobId;
import org.lms.domain.job.JobOutcome;
import org.lms.domain.job.JobType;
import org.lms.domain.shared.DomainEvent;

/** A worker ran a job once; {@code took} is how long its handler ran. */
public record JobExecuted(UUID eventId, Instant occurredAt, JobId jobId, JobType type, JobOutcome outcome,
                          Duration took) implements DomainEvent {

    public JobExecuted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(took, "took");
    }

    public static JobExecuted of(JobId jobId, JobType type, JobOutcome outcome, Duration took, Instant at) {
        return new JobExecuted(UUID.randomUUID(), at, jobId, type, outcome, took);
    }
}
