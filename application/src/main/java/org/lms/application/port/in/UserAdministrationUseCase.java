package org.lms.application.port.in;

import org.lms.domain.identity.Actor;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;

/** The caller's own account, role grants by admins, and the first admin of a fresh installation. */
public interface UserAdministrationUseCase {

    UserView currentUser(Actor actor);

    UserView grantRole(Actor actor, UserId user, Role role);

    /**
     * Creates a verified admin account with these credentials when the installation has no admin
     * yet and the email is free; otherwise changes nothing.
     */
    void bootstrapAdmin(EmailAddress email, String password);
}
