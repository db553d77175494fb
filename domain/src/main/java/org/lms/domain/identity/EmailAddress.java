package org.lms.domain.identity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.lms.domain.shared.InvalidValueException;

/**
 * A user's email address, the login name. Surrounding blanks are dropped and the domain is
 * lower-cased (domains are case-insensitive); the local part is kept as typed, because RFC 5321
 * lets a mail server treat it case-sensitively. Deliberately stricter than RFC 5322: no quoted
 * local parts, no IP literals, at most 254 characters.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("email", "email is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidValueException("email", "email must have at most " + MAX_LENGTH + " characters");
        }
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at > 64 || at == trimmed.length() - 1) {
            throw new InvalidValueException("email", "email must look like name@example.org");
        }
        String local = trimmed.substring(0, at);
        String domain = trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!LOCAL.matcher(local).matches() || !DOMAIN.matcher(domain).matches()) {
            throw new InvalidValueException("email", "email must look like name@example.org");
        }
        value = local + "@" + domain;
    }

    public String localPart() {
        return value.substring(0, value.lastIndexOf('@'));
    }

    @Override
    public String toString() {
        return value;
    }
}
