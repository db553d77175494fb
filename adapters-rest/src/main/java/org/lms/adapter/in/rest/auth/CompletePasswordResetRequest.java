package org.lms.adapter.in.rest.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/auth/password-reset/complete}: the mailed token and the new password. */
@Schema(name = "CompletePasswordResetRequest")
public record CompletePasswordResetRequest(
        @NotBlank @Size(max = 200) String token,
        @NotBlank @Size(max = 1024) String newPassword) {

    @Override
    public String toString() {
        return "CompletePasswordResetRequest[]";
    }
}
