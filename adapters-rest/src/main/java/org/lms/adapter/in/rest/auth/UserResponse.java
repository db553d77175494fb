package org.lms.adapter.in.rest.auth;

import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.UserView;
import org.lms.domain.identity.Role;

/** An account as its owner and admins see it. */
@Schema(name = "UserResponse")
public record UserResponse(UUID id, String email, String name, Set<Role> roles, boolean emailVerified,
                           boolean mfaEnabled) {

    public static UserResponse of(UserView view) {
        return new UserResponse(view.id(), view.email(), view.name(), view.roles(), view.emailVerified(),
                view.mfaEnabled());
    }
}
