package org.lms.adapter.in.rest.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/auth/login/mfa}: the challenge from the login answer and a TOTP or recovery code. */
@Schema(name = "MfaLoginRequest")
public record MfaLoginRequest(
        @NotBlank @Size(max = 200) String challenge,
        @NotBlank @Size(max = 32) String code) {

    @Override
    public String toString() {
        return "MfaLoginRequest[]";
    }
}
