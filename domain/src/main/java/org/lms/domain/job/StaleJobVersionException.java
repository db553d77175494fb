package org.lms.domain.job;

import org.lms.domain.shared.ConflictException;

/** Someone else (a worker or another admin) changed the job since it was read. */
public class StaleJobVersionException extends ConflictException {

    public StaleJobVersionException(JobId id) {
        super("stale-job-version", "Job " + id + " was changed meanwhile; read it again");
    }
}
