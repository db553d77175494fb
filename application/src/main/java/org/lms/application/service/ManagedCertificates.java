package org.lms.application.service;

import org.lms.application.port.out.LoadCertificatePort;
import org.lms.domain.certificate.Certificate;
import org.lms.domain.certificate.CertificateNotFoundException;
import org.lms.domain.certificate.VerificationCode;

/** Loads the certificate a code names: a malformed code is refused before any lookup, an unknown one is not found. */
final class ManagedCertificates {

    private final LoadCertificatePort loadCertificates;

    ManagedCertificates(LoadCertificatePort loadCertificates) {
        this.loadCertificates = loadCertificates;
    }

    Certificate load(String code) {
        return loadCertificates.loadCertificate(VerificationCode.parse(code))
                .orElseThrow(CertificateNotFoundException::new);
    }
}
