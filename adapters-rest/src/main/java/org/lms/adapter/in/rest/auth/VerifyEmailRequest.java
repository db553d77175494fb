package org.lms.adapter.in.rest.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/auth/verify-email}: the token from the mail. */
@Schema(name = "VerifyEmailRequest")
public record VerifyEmailRequest(@NotBlank @Size(max = 200) String token) {

    @Override
    public String toString() {
        return "VerifyEmailRequest[]";
    }
}
