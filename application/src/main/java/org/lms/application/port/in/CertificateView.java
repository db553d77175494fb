package org.lms.application.port.in;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lms.domain.certificate.Certificate;
import org.lms.domain.certificate.CertificateStatus;

/** A certificate as its holder, the course's staff and the public verification see it. */
public record CertificateView(String code, CertificateStatus status, UUID courseId, UUID studentId, String courseTitle,
                              String holderName, Instant issuedAt, Optional<Instant> revokedAt,
                              Optional<String> revocationReason) {

    public static CertificateView of(Certificate certificate) {
        return new CertificateView(certificate.code().value(), certificate.status(), certificate.courseId().value(),
                certificate.studentId().value(), certificate.courseTitle(), certificate.holderName(),
                certificate.issuedAt(), certificate.revokedAt(), certificate.revocationReason());
    }
}
