package org.lms.adapter.in.rest.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/auth/password-reset}. */
@Schema(name = "PasswordResetRequest")
public record PasswordResetRequest(@NotBlank @Size(max = 254) String email) {
}
