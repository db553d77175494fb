package org.lms.application.port.in;

import java.util.Set;
import java.util.UUID;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserAccount;

/** What callers may see of an account: never a hash, key or code. */
public record UserView(UUID id, String email, String name, Set<Role> roles, boolean emailVerified,
                       boolean mfaEnabled) {

    public static UserView of(UserAccount user) {
        return new UserView(user.id().value(), user.email().value(), user.name().value(), user.roles(),
                user.emailVerified(), user.mfaEnabled());
    }
}
