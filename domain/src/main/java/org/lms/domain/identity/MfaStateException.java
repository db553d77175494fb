package org.lms.domain.identity;

import org.lms.domain.shared.ConflictException;

/** A second-factor step that does not fit the account's current MFA state (enrol twice, confirm nothing). */
public class MfaStateException extends ConflictException {

    public MfaStateException(String message) {
        super("mfa-state", message);
    }
}
