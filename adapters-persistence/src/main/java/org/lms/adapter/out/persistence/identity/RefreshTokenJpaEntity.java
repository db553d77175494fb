package org.lms.adapter.out.persistence.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The row of table {@code refresh_token}. */
@Entity
@Table(name = "refresh_token")
public class RefreshTokenJpaEntity {

    @Id
    @Column(name = "token_hash", length = 64)
    String tokenHash;

    @Column(name = "family_id", nullable = false, updatable = false)
    UUID familyId;

    @Column(name = "user_id", nullable = false, updatable = false)
    UUID userId;

    @Column(name = "issued_at", nullable = false, updatable = false)
    Instant issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    Instant expiresAt;

    @Column(name = "retired_at")
    Instant retiredAt;
}
