package org.lms.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.lms.domain.identity.UserId;

/**
 * Single-use, expiring tokens sent to a user (email verification, password reset) or handed out
 * between two login steps (MFA challenge). Only a hash of each token is stored.
 */
public interface OneTimeTokenPort {

    enum Purpose { EMAIL_VERIFICATION, PASSWORD_RESET, MFA_CHALLENGE }

    void storeToken(Purpose purpose, String tokenHash, UserId user, Instant expiresAt);

    /** The user of an unused, unexpired token, which is used up by this call. */
    Optional<UserId> consumeToken(Purpose purpose, String tokenHash, Instant now);

    /** The user of an unused, unexpired token, leaving it usable (an MFA challenge survives a wrong code). */
    Optional<UserId> peekToken(Purpose purpose, String tokenHash, Instant now);

    /** Withdraws every outstanding token of this purpose of the user. */
    void discardTokens(Purpose purpose, UserId user);
}
