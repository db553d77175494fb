package org.lms.application.port.in;

import org.lms.domain.identity.Actor;
import org.lms.domain.identity.EmailAddress;

/**
 * Password change by its owner, and reset by a mailed single-use token. A reset request answers the
 * same whether or not the email belongs to an account. Both end every other session.
 */
public interface PasswordUseCase {

    void changePassword(Actor actor, String currentPassword, String newPassword);

    void requestPasswordReset(EmailAddress email);

    void completePasswordReset(String token, String newPassword);
}
