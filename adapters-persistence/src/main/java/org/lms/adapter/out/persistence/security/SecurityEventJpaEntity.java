package org.lms.adapter.out.persistence.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The row of table {@code security_event}; never updated once written. */
@Entity
@Table(name = "security_event")
public class SecurityEventJpaEntity {

    @Id
    @Column(name = "id")
    long id;

    @Column(name = "type", nullable = false, updatable = false, length = 40)
    String type;

    @Column(name = "outcome", nullable = false, updatable = false, length = 16)
    String outcome;

    @Column(name = "actor_user_id", updatable = false)
    UUID actorUserId;

    @Column(name = "client_ip", nullable = false, updatable = false, length = 64)
    String clientIp;

    @Column(name = "user_agent", nullable = false, updatable = false, length = 200)
    String userAgent;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    Instant occurredAt;

    @Column(name = "request_id", nullable = false, updatable = false, length = 64)
    String requestId;

    @Column(name = "details", nullable = false, updatable = false, length = 200)
    String details;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    String prevHash;

    @Column(name = "hash", nullable = false, updatable = false, length = 64)
    String hash;
}
