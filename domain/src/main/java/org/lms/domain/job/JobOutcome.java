package org.lms.domain.job;

/** What one run of a job ended in: done, scheduled again after a failure, or given up. */
public enum JobOutcome {
    SUCCEEDED,
    RETRIED,
    DEAD
}
