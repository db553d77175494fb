package org.lms.adapter.out.persistence.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.lms.application.port.out.OneTimeTokenPort.Purpose;

/** The row of table {@code one_time_token}. */
@Entity
@Table(name = "one_time_token")
public class OneTimeTokenJpaEntity {

    @Id
    @Column(name = "token_hash", length = 64)
    String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    Purpose purpose;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Column(name = "expires_at", nullable = false, updatable = false)
    Instant expiresAt;

    @Column(name = "used_at")
    Instant usedAt;
}
