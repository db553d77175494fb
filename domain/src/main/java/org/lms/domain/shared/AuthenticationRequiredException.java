package org.lms.domain.shared;

/** The action needs a known caller and the request carried none. */
public class AuthenticationRequiredException extends DomainException {

    public AuthenticationRequiredException() {
        super("authentication-required", "This action requires an authenticated caller");
    }

    /** For the more specific refusals: wrong credentials, an invalid or expired token. */
    protected AuthenticationRequiredException(String code, String message) {
        super(code, message);
    }
}
