package org.lms.domain.shared;

/** The request contradicts the current state: a stale version, a taken name, a repeated transition. */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
