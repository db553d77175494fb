package org.lms.application.port.out;

import java.util.Optional;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.UserAccount;
import org.lms.domain.identity.UserId;

/** Reads user accounts. */
public interface LoadUserPort {

    Optional<UserAccount> loadUser(UserId id);

    Optional<UserAccount> loadUserByEmail(EmailAddress email);

    boolean anyAdminExists();
}
