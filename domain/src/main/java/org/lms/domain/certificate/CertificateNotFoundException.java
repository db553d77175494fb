package org.lms.domain.certificate;

import org.lms.domain.shared.NotFoundException;

/** No certificate has this code, or the caller may not see it; says nothing more, so codes cannot be probed. */
public class CertificateNotFoundException extends NotFoundException {

    public CertificateNotFoundException() {
        super("certificate-not-found", "No such certificate");
    }
}
