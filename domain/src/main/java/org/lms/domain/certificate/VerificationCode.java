package org.lms.domain.certificate;

import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.lms.domain.shared.InvalidValueException;

/**
 * The public code that verifies a certificate: {@value #LENGTH} characters of the RFC 4648 base32
 * alphabet (A-Z, 2-7), so 100 random bits. It is URL-safe, case-insensitive when typed, and far too
 * large a space to find certificates by guessing. Only the generator decides the bits; callers pass
 * a cryptographically strong one.
 */
public record VerificationCode(String value) {

    public static final int LENGTH = 20;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final Pattern FORMAT = Pattern.compile("[A-Z2-7]{" + LENGTH + "}");

    public VerificationCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("code", "code must be " + LENGTH + " characters of A-Z and 2-7");
        }
    }

    /** Reads a code as a person may type it: surrounding blanks and lower case are accepted. */
    public static VerificationCode parse(String typed) {
        if (typed == null) {
            throw new InvalidValueException("code", "code is required");
        }
        return new VerificationCode(typed.strip().toUpperCase(Locale.ROOT));
    }

    public static VerificationCode generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new VerificationCode(code.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
