package org.lms.application.port.in;

import java.util.Objects;
import org.lms.domain.identity.Actor;

/** An admin withdraws a certificate, giving the reason; it then verifies as revoked. */
public interface RevokeCertificateUseCase {

    CertificateView revoke(RevokeCertificateCommand command);

    record RevokeCertificateCommand(Actor actor, String code, String reason) {

        public RevokeCertificateCommand {
            Objects.requireNonNull(actor, "actor");
        }
    }
}
