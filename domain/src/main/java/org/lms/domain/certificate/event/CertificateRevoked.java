package org.lms.domain.certificate.event;

import java.time.Instant;
import java.util.UUID;
import org.lms.domain.certificate.CertificateId;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.DomainEvent;

/** An admin revoked a certificate. */
public record CertificateRevoked(UUID eventId, Instant occurredAt, CertificateId certificateId, UserId revokedBy)
        implements DomainEvent {

    public static CertificateRevoked of(CertificateId certificateId, UserId revokedBy, Instant at) {
        return new CertificateRevoked(UUID.randomUUID(), at, certificateId, revokedBy);
    }
}
