package org.lms.adapter.in.rest.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/account/mfa/confirm}: a code from the authenticator. */
@Schema(name = "MfaCodeRequest")
public record MfaCodeRequest(@NotBlank @Size(max = 32) String code) {

    @Override
    public String toString() {
        return "MfaCodeRequest[]";
    }
}
