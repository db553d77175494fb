package org.lms.domain.course;

import java.util.Locale;
import java.util.regex.Pattern;
import org.lms.domain.shared.InvalidValueException;

/**
 * The short public code of a course, such as {@code CS-101}: unique across the platform,
 * upper case letters, digits and dashes, 2 to 20 characters, starting with a letter or digit.
 */
public record CourseCode(String value) {

    public static final int MAX_LENGTH = 20;
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{1," + (MAX_LENGTH - 1) + "}");

    public CourseCode {
        if (value == null) {
            throw new InvalidValueException("code", "code is required");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("code",
                    "code must be 2 to " + MAX_LENGTH + " letters, digits or dashes, starting with a letter or digit");
        }
    }
}
