package org.lms.adapter.out.persistence.job;

import org.lms.application.port.in.JobView;
import org.lms.domain.job.Job;
import org.lms.domain.job.JobId;

/** Translates between the job aggregate and its row. */
final class JobPersistenceMapper {

    private JobPersistenceMapper() {
    }

    static Job toDomain(JobJpaEntity row) {
        return Job.restore(new JobId(row.id), row.type, row.idempotencyKey, row.payload, row.state, row.attempts,
                row.maxAttempts, row.runAfter, row.lockedBy, row.lockedUntil, row.lastError, row.createdAt,
                row.updatedAt, row.version);
    }

    static JobView toView(JobJpaEntity row) {
        return JobView.of(toDomain(row));
    }

    static void copyChangeableState(Job job, JobJpaEntity row) {
        row.state = job.state();
        row.attempts = job.attempts();
        row.runAfter = job.runAfter();
        row.lockedBy = job.lockedBy().orElse(null);
        row.lockedUntil = job.lockedUntil().orElse(null);
        row.lastError = job.lastError().orElse(null);
        row.updatedAt = job.updatedAt();
    }
}
