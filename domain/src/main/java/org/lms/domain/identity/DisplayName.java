package org.lms.domain.identity;

import java.text.Normalizer;
import org.lms.domain.shared.InvalidValueException;

/**
 * How a user is shown to others. NFKC-normalised so that look-alike compatibility forms (full-width
 * letters, ligatures) collapse to one spelling; control and format characters (including the
 * invisible bidirectional overrides used to disguise text) are refused.
 */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 100;

    public DisplayName {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("name", "name is required");
        }
        if (value.length() > 4 * MAX_LENGTH) {
            throw new InvalidValueException("name", "name must have at most " + MAX_LENGTH + " characters");
        }
        value = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        int length = value.codePointCount(0, value.length());
        if (length < 1 || length > MAX_LENGTH) {
            throw new InvalidValueException("name", "name must have between 1 and " + MAX_LENGTH + " characters");
        }
        boolean hidden = value.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT);
        if (hidden) {
            throw new InvalidValueException("name", "name must not contain control or format characters");
        }
    }
}
