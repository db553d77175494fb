package org.lms.domain.certificate;

/** What a verification answers about a known certificate. */
public enum CertificateStatus {
    VALID,
    REVOKED
}
