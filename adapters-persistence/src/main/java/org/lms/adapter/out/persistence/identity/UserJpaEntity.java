package org.lms.adapter.out.persistence.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The row of table {@code users}; only the mapper and the adapter touch it. */
@Entity
@Table(name = "users")
public class UserJpaEntity {

    @Id
    UUID id;

    @Column(nullable = false, updatable = false)
    String email;

    @Column(name = "display_name", nullable = false)
    String displayName;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Column(nullable = false)
    String roles;

    @Column(name = "email_verified", nullable = false)
    boolean emailVerified;

    @Column(name = "totp_secret")
    String totpSecret;

    @Column(name = "mfa_enabled", nullable = false)
    boolean mfaEnabled;

    @Column(name = "last_totp_step", nullable = false)
    long lastTotpStep;

    @Column(name = "recovery_code_hashes", nullable = false)
    String recoveryCodeHashes;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Version
    long version;
}
