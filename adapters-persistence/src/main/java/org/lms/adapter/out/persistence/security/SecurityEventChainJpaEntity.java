package org.lms.adapter.out.persistence.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row of table {@code security_event_chain}: the id and hash of the newest event. */
@Entity
@Table(name = "security_event_chain")
public class SecurityEventChainJpaEntity {

    static final short ID = 1;

    @Id
    @Column(name = "id")
    short id;

    @Column(name = "last_id", nullable = false)
    long lastId;

    @Column(name = "last_hash", nullable = false, length = 64)
    String lastHash;
}
