package org.lms.domain.abuse;

import java.util.Locale;

/** The named patterns of suspicious activity; each name is a value of the metric label {@code rule}. */
public enum DetectionRule {
    /** Many failed logins from one address across many accounts. */
    PASSWORD_SPRAYING,
    /** Many failed logins for one account from many addresses. */
    CREDENTIAL_STUFFING,
    /** A successful login right after a burst of failures for the same account. */
    SUCCESS_AFTER_FAILURES,
    /** Many wrong second factors for one account. */
    MFA_FAILURE_BURST,
    /** A refresh token presented again after it was used: a copy of it is in someone else's hands. */
    REFRESH_TOKEN_REUSE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
