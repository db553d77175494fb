package org.lms.domain.certificate;

import java.util.Objects;
import java.util.UUID;

/** Identifies a stored certificate; never shown publicly (the verification code is). */
public record CertificateId(UUID value) {

    public CertificateId {
        Objects.requireNonNull(value, "value");
    }

    public static CertificateId newId() {
        return new CertificateId(UUID.randomUUID());
    }
}
