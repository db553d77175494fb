package org.lms.application.port.in;

import java.util.Objects;
import org.lms.domain.identity.Actor;
import org.lms.domain.job.JobId;

/** An admin sends a dead-lettered job back to the queue with a fresh set of attempts. */
public interface RetryJobUseCase {

    JobView retry(RetryJobCommand command);

    record RetryJobCommand(Actor actor, JobId jobId) {

        public RetryJobCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(jobId, "jobId");
        }
    }
}
