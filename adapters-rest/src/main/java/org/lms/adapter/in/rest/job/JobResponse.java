package org.lms.adapter.in.rest.job;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.JobView;

/** A background job as the admin API shows it; {@code lastError} is a one-line summary. */
@Schema(name = "Job")
public record JobResponse(UUID id, String type, String idempotencyKey, String payload, String state, int attempts,
                          int maxAttempts, Instant runAfter, String lastError, Instant createdAt, Instant updatedAt) {

    static JobResponse of(JobView view) {
        return new JobResponse(view.id(), view.type().name(), view.idempotencyKey(), view.payload(),
                view.state().name(), view.attempts(), view.maxAttempts(), view.runAfter(),
                view.lastError().orElse(null), view.createdAt(), view.updatedAt());
    }
}
