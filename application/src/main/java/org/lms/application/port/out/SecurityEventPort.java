package org.lms.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.lms.domain.identity.UserId;

/**
 * Records security-relevant facts as they happen, committed or not: a failed login rolls its
 * transaction back but must still be seen. Events carry no secrets and no email or address, only
 * the user id when known and a bounded qualifier.
 */
public interface SecurityEventPort {

    /** The fixed list of event types; each has its own value of the metric label {@code type}. */
    enum Type {
        LOGIN_SUCCEEDED, LOGIN_FAILED, MFA_CHALLENGE_ISSUED, MFA_SUCCEEDED, MFA_FAILED, RECOVERY_CODE_USED,
        TOKEN_REFRESHED, REFRESH_FAILED, REFRESH_TOKEN_REUSED, LOGGED_OUT, REGISTERED, EMAIL_VERIFICATION_SENT,
        EMAIL_VERIFIED, PASSWORD_CHANGED, PASSWORD_RESET_REQUESTED, PASSWORD_RESET_COMPLETED, MFA_ENABLED,
        MFA_DISABLED, ROLE_GRANTED, ACCESS_DENIED,
        /** An admin took a role away; the qualifier names the role and the admin. */
        ROLE_REVOKED,
        /** A sign-in refused unchecked because its account or address is locked out. */
        LOGIN_LOCKED,
        /** A lockout began; the qualifier is its scope ({@code account} or {@code ip}). */
        LOCKOUT_STARTED,
        /** A detection rule fired; the qualifier is the rule name. */
        SUSPICIOUS_ACTIVITY
    }

    /**
     * {@code qualifier} narrows the type with a bounded value: the login method (password, mfa,
     * refresh) for login events, the scope for lockouts, the rule for suspicious activity,
     * {@code <status>:<endpoint class>} for access denials, {@code <role> by <admin id>} for role
     * grants and revocations, else empty.
     */
    record SecurityEvent(Type type, Optional<UserId> user, String qualifier, Instant occurredAt) {

        public SecurityEvent {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(qualifier, "qualifier");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    void record(SecurityEvent event);
}
