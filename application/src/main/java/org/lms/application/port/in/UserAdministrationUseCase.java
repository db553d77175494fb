package org.lms.application.port.in;

import org.lms.domain.identity.Actor;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;

/** The caller's own account, role grants and revocations by admins, and the first admin of a fresh installation. */
public interface UserAdministrationUseCase {

    UserView currentUser(Actor actor);

    UserView grantRole(Actor actor, UserId user, Role role);

    /**
     * Takes a role away and ends the user's sessions (every refresh token), so that the next
     * sign-in carries the roles left; an access token already issued keeps its roles until it expires.
     */
    UserView revokeRole(Actor actor, UserId user, Role role);

    /**
     * Creates a verified admin account with these credentials when the installation has no admin
     * yet and the email is free; otherwise changes nothing.
     */
    void bootstrapAdmin(EmailAddress email, String password);
}
