package org.lms.adapter.in.rest.certificate;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.CertificateView;

/** A certificate as its holder, the course's instructor and admins see it. */
@Schema(name = "Certificate")
public record CertificateResponse(String code, String status, UUID courseId, UUID studentId, String courseTitle,
                                  String holderName, Instant issuedAt, Instant revokedAt, String revocationReason) {

    static CertificateResponse of(CertificateView view) {
        return new CertificateResponse(view.code(), view.status().name(), view.courseId(), view.studentId(),
                view.courseTitle(), view.holderName(), view.issuedAt(), view.revokedAt().orElse(null),
                view.revocationReason().orElse(null));
    }
}
