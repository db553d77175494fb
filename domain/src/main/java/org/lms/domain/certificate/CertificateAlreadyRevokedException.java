package org.lms.domain.certificate;

import org.lms.domain.shared.ConflictException;

/** A revocation is final and recorded once, with the reason first given. */
public class CertificateAlreadyRevokedException extends ConflictException {

    public CertificateAlreadyRevokedException() {
        super("certificate-already-revoked", "The certificate is already revoked");
    }
}
