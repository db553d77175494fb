package org.lms.domain.job;

/** Where a job is in its life; see {@link Job} for the transitions. */
public enum JobState {
    PENDING,
    RUNNING,
    SUCCEEDED,
    DEAD
}
