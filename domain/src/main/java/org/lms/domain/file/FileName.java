package org.lms.domain.file;

import org.lms.domain.shared.InvalidValueException;
import org.lms.domain.shared.Text;

/**
 * The name a client gave a file, kept only to offer it back on download. It is never used to
 * store the file, and a name that looks like a path ({@code ../x}, {@code a/b}, {@code C:\x}) is
 * refused rather than silently trimmed, so the client learns the name was not taken as meant.
 */
public record FileName(String value) {

    public static final int MAX_LENGTH = 255;

    public FileName {
        value = Text.require("filename", value, 1, MAX_LENGTH, false);
        if (value.contains("/") || value.contains("\\") || value.contains(":") || value.equals(".")
                || value.equals("..") || value.startsWith("..")) {
            throw new InvalidValueException("filename", "filename must be a plain file name, not a path");
        }
        if (value.codePoints().anyMatch(c -> c == '"' || Character.getType(c) == Character.FORMAT)) {
            throw new InvalidValueException("filename", "filename must not contain quotes or invisible characters");
        }
    }
}
