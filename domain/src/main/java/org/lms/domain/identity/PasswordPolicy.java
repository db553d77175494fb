package org.lms.domain.identity;

import java.util.Locale;
import java.util.Set;
import org.lms.domain.shared.InvalidValueException;

/**
 * What a new password must satisfy: 12 to 128 characters, at least two character classes (lower
 * case, upper case, digits, other), not one of the passwords attackers try first, and not built
 * around the user's own email name. Length does most of the work; the other rules only remove the
 * guesses that come first in every cracking list.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final int SHORTEST_CHECKED_LOCAL_PART = 3;

    /** Frequent entries of public breach corpora that are 12 characters or longer. */
    private static final Set<String> COMMON = Set.of(
            "123456789012", "1234567890123", "12345678910", "password1234", "password12345",
            "passw0rd1234", "qwertyuiop12", "qwertyuiopasdf", "1q2w3e4r5t6y", "1qaz2wsx3edc",
            "iloveyou1234", "letmein12345", "welcome12345", "administrator", "abc123456789",
            "qwerty123456", "password123!", "changeme1234", "trustno1trustno1", "monkey123456",
            "football1234", "baseball1234", "superman1234", "starwars1234", "princess1234",
            "sunshine1234", "dragon123456", "aaaaaaaaaaaa", "asdfghjkl123", "zxcvbnm12345");

    private PasswordPolicy() {
    }

    /** Refuses a password with a {@link WeakPasswordException} that says which rule failed. */
    public static void check(String password, EmailAddress owner) {
        if (password == null) {
            throw new WeakPasswordException("password is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new WeakPasswordException("password must have between " + MIN_LENGTH + " and " + MAX_LENGTH
                    + " characters");
        }
        if (characterClasses(password) < 2) {
            throw new WeakPasswordException("password must mix at least two of: lower case, upper case, digits, "
                    + "other characters");
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(folded)) {
            throw new WeakPasswordException("password is too common");
        }
        String local = owner.localPart().toLowerCase(Locale.ROOT);
        if (local.length() >= SHORTEST_CHECKED_LOCAL_PART && folded.contains(local)) {
            throw new WeakPasswordException("password must not contain the name of the email address");
        }
    }

    private static int characterClasses(String password) {
        boolean lower = password.codePoints().anyMatch(Character::isLowerCase);
        boolean upper = password.codePoints().anyMatch(Character::isUpperCase);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** A new password broke the policy; never carries the password itself. */
    public static class WeakPasswordException extends InvalidValueException {

        public WeakPasswordException(String message) {
            super("password", message);
        }
    }
}
