package org.lms.adapter.in.rest.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new TOTP key, as an {@code otpauth://} URI for a QR code and as Base32 for typing in. */
@Schema(name = "MfaEnrolmentResponse")
public record MfaEnrolmentResponse(String otpauthUri, String secret) {

    @Override
    public String toString() {
        return "MfaEnrolmentResponse[]";
    }
}
