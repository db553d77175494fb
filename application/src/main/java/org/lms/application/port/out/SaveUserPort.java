package org.lms.application.port.out;

import org.lms.domain.identity.UserAccount;

/**
 * Stores user accounts. {@code insertUser} refuses a taken email ({@code EmailTakenException});
 * {@code updateUser} refuses a stale version like the course store does.
 */
public interface SaveUserPort {

    UserAccount insertUser(UserAccount user);

    UserAccount updateUser(UserAccount user);
}
