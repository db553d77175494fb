package org.lms.domain.identity;

import org.lms.domain.shared.ConflictException;

/** Another account already uses this email. */
public class EmailTakenException extends ConflictException {

    public EmailTakenException() {
        super("email-taken", "An account with this email already exists");
    }
}
