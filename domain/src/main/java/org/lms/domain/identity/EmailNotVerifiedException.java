package org.lms.domain.identity;

import org.lms.domain.shared.AccessDeniedException;

/** The account exists and the password is right, but the email address was never confirmed. */
public class EmailNotVerifiedException extends AccessDeniedException {

    public EmailNotVerifiedException() {
        super("Confirm the email address with the link that was mailed to it first");
    }
}
