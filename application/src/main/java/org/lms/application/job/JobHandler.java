package org.lms.application.job;

import org.lms.domain.job.JobType;

/**
 * Does the work of one job type. Implementations are CDI beans (discovered by type), one per
 * {@link JobType}.
 *
 * <p>Handlers must be idempotent: a job may run more than once (its worker died after the work
 * committed but before the job was marked SUCCEEDED, or its lease expired while it was still
 * running), and every run must leave the same result as one. {@link #handle} runs in a transaction
 * of its own; throwing rolls it back and counts as a failed attempt, retried after a back-off and
 * dead-lettered after the last attempt. The exception's message is stored with the job and shown
 * to admins, so it must say what is wrong without quoting secrets.
 */
public interface JobHandler {

    JobType type();

    /** {@code payload} is the job's JSON text exactly as it was enqueued. */
    void handle(String payload) throws Exception;
}
