package org.lms.application.port.out;

import org.lms.domain.certificate.Certificate;

public interface SaveCertificatePort {

    /**
     * Stores a new certificate unless the student already has one for the course (also when another
     * transaction stored it meanwhile); answers whether this call stored it.
     */
    boolean insertCertificateIfAbsent(Certificate certificate);

    /** Stores a revocation. */
    void updateCertificate(Certificate certificate);
}
