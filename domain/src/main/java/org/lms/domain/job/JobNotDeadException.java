package org.lms.domain.job;

import org.lms.domain.shared.ConflictException;

/** Only a dead-lettered job can be sent back to the queue by hand; the others are still in its care. */
public class JobNotDeadException extends ConflictException {

    public JobNotDeadException(JobId id, JobState state) {
        super("job-not-dead", "Job " + id + " is " + state + ", only DEAD jobs can be retried");
    }
}
