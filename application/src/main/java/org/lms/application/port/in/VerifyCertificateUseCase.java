package org.lms.application.port.in;

/** Anyone, signed in or not, may check a certificate by its public code. */
public interface VerifyCertificateUseCase {

    /** A malformed code is an invalid value; an unknown one is not found. */
    CertificateView verify(String code);
}
