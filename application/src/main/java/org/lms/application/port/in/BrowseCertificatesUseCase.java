package org.lms.application.port.in;

import java.util.Objects;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.domain.identity.Actor;

/** Full certificates for their holder, the course's instructor and admins. */
public interface BrowseCertificatesUseCase {

    /** Not found for anybody else, so a code's existence is not revealed beyond verification. */
    CertificateView find(Actor actor, String code);

    /** The caller's own certificates, newest first. */
    Page<CertificateView> listOwn(OwnCertificatesQuery query);

    record OwnCertificatesQuery(Actor actor, PageRequest page) {

        public OwnCertificatesQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(page, "page");
        }
    }
}
