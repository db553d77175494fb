package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.JobView;
import org.lms.application.port.in.RetryJobUseCase;
import org.lms.application.port.out.JobQueuePort;
import org.lms.domain.job.Job;
import org.lms.domain.job.JobNotFoundException;

@UseCase
public class RetryJobService implements RetryJobUseCase {

    private JobQueuePort queue;
    private Clock clock;

    protected RetryJobService() {
    }

    @Inject
    public RetryJobService(JobQueuePort queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    public JobView retry(RetryJobCommand command) {
        Admins.require(command.actor(), "retry background jobs");
        Job job = queue.loadJob(command.jobId()).orElseThrow(() -> new JobNotFoundException(command.jobId()));
        job.retryDead(clock.instant());
        return JobView.of(queue.updateJob(job));
    }
}
