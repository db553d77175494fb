package org.lms.adapter.in.rest.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /api/v1/account/password}. */
@Schema(name = "ChangePasswordRequest")
public record ChangePasswordRequest(@NotBlank @Size(max = 1024) String currentPassword,
                                    @NotBlank @Size(max = 1024) String newPassword) {

    @Override
    public String toString() {
        return "ChangePasswordRequest[]";
    }
}
