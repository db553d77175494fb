package org.lms.adapter.out.persistence.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.lms.domain.job.JobState;
import org.lms.domain.job.JobType;

/** The row of table {@code job}; only the mapper and the adapter touch it. */
@Entity
@Table(name = "job")
public class JobJpaEntity {

    @Id
    UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    JobType type;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    String idempotencyKey;

    @Column(nullable = false, updatable = false)
    String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    JobState state;

    @Column(nullable = false)
    int attempts;

    @Column(name = "max_attempts", nullable = false, updatable = false)
    int maxAttempts;

    @Column(name = "run_after", nullable = false)
    Instant runAfter;

    @Column(name = "locked_by")
    String lockedBy;

    @Column(name = "locked_until")
    Instant lockedUntil;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;
}
