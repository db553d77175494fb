package org.lms.domain.shared;

/**
 * Base of every rule the domain refuses. Each family (not found, conflict, invalid value, rule
 * violation, access denied) maps to one HTTP status at the edge; {@link #code()} is a stable,
 * machine-readable name that clients may switch on.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
