package org.lms.adapter.in.rest.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/account/mfa/disable}: the password and a TOTP or recovery code. */
@Schema(name = "DisableMfaRequest")
public record DisableMfaRequest(@NotBlank @Size(max = 1024) String password, @NotBlank @Size(max = 32) String code) {

    @Override
    public String toString() {
        return "DisableMfaRequest[]";
    }
}
