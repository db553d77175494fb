package org.lms.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lms.domain.job.Job;
import org.lms.domain.job.JobId;

/**
 * The workers' side of the queue.
 *
 * <p>{@code claimDue} takes up to {@code limit} jobs that are due (or whose lease expired) and
 * marks them RUNNING for {@code worker} until {@code now + lease}; concurrent claimers never get
 * the same job. {@code updateJob} refuses a stale version with {@code StaleJobVersionException}.
 */
public interface JobQueuePort {

    List<Job> claimDue(String worker, Instant now, Duration lease, int limit);

    Optional<Job> loadJob(JobId id);

    Job updateJob(Job job);

    /** Forgets jobs that succeeded before {@code before}; returns how many. */
    int deleteSucceededBefore(Instant before);
}
