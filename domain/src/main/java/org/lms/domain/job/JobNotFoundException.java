package org.lms.domain.job;

import org.lms.domain.shared.NotFoundException;

/** No job has this id. */
public class JobNotFoundException extends NotFoundException {

    public JobNotFoundException(JobId id) {
        super("job-not-found", "Job " + id + " does not exist");
    }
}
