package org.lms.domain.shared;

/** Checks shared by the text-valued value objects. */
public final class Text {

    private Text() {
    }

    /**
     * Trims {@code value} and checks its length and that it holds no control characters
     * (line breaks and tabs are allowed only where {@code multiline} is true).
     */
    public static String require(String field, String value, int min, int max, boolean multiline) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        String trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < min || length > max) {
            throw new InvalidValueException(field,
                    field + " must have between " + min + " and " + max + " characters");
        }
        boolean hasForbiddenControl = trimmed.codePoints().anyMatch(c -> Character.isISOControl(c)
                && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
        if (hasForbiddenControl) {
            throw new InvalidValueException(field, field + " must not contain control characters");
        }
        return trimmed;
    }
}
