package org.lms.domain.shared;

/** The caller is known but is not allowed to do this. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super("access-denied", message);
    }
}
