package org.lms.domain.shared;

/** A value object refused its input; {@link #field()} names the offending field. */
public class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super("invalid-value", message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
