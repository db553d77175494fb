package org.lms.adapter.in.rest.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/auth/register}. */
@Schema(name = "RegisterRequest")
public record RegisterRequest(
        @NotBlank @Size(max = 254) String email,
        @NotBlank @Size(max = 400) String name,
        @NotBlank @Size(max = 1024) String password) {

    @Override
    public String toString() {
        return "RegisterRequest[]";
    }
}
