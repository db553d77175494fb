package org.lms.domain.file;

import java.util.Locale;
import java.util.Set;
import org.lms.domain.shared.InvalidValueException;

/** The media types the platform accepts for uploads: documents, images, video, text, archives. */
public record FileContentType(String value) {

    public static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "video/mp4",
            "text/plain", "application/zip");

    public FileContentType {
        value = normalise(value);
        if (!ALLOWED.contains(value)) {
            throw new InvalidValueException("Content-Type", "Content-Type must be one of " + ALLOWED);
        }
    }

    /** Whether {@code mediaType} (parameters such as charset ignored) may be uploaded. */
    public static boolean isAllowed(String mediaType) {
        return mediaType != null && ALLOWED.contains(normalise(mediaType));
    }

    private static String normalise(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int parameters = mediaType.indexOf(';');
        return (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }
}
