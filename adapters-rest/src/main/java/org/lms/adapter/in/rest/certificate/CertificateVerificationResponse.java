package org.lms.adapter.in.rest.certificate;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.CertificateView;

/** What anyone holding a code may learn: whether it is valid, for which course and holder, since when. */
@Schema(name = "CertificateVerification")
public record CertificateVerificationResponse(String code, String status, String courseTitle, String holderName,
                                              Instant issuedAt, Instant revokedAt) {

    static CertificateVerificationResponse of(CertificateView view) {
        return new CertificateVerificationResponse(view.code(), view.status().name(), view.courseTitle(),
                view.holderName(), view.issuedAt(), view.revokedAt().orElse(null));
    }
}
