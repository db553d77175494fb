package org.lms.domain.identity;

import org.lms.domain.shared.AuthenticationRequiredException;

/**
 * A login, code or token did not prove who the caller is. The message is the same whichever part was
 * wrong, so that it never tells an attacker which emails exist or which factor failed.
 */
public class InvalidCredentialsException extends AuthenticationRequiredException {

    public InvalidCredentialsException() {
        super("invalid-credentials", "The credentials are invalid or have expired");
    }
}
