package org.lms.domain.abuse;

import java.time.Duration;
import org.lms.domain.shared.DomainException;

/**
 * Sign-in is refused for a while after too many failures. The message and code are the same for
 * known and unknown emails and for account and address lockouts, so the answer tells nothing.
 */
public class LoginLockedException extends DomainException {

    private final Duration retryAfter;

    public LoginLockedException(Duration retryAfter) {
        super("login-locked", "Too many failed sign-ins; try again later");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, rounded up and at least 1. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
