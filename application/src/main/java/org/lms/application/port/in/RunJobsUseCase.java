package org.lms.application.port.in;

import java.util.List;
import org.lms.domain.job.JobId;

/**
 * What a worker pool drives: claim a batch of due jobs (one short transaction), then execute each
 * claimed job (its handler in a transaction of its own, then its outcome in another), and keep the
 * recurring jobs enqueued.
 */
public interface RunJobsUseCase {

    List<JobId> claim(String worker, int limit);

    void execute(JobId job, String worker);

    void enqueueRecurring();
}
