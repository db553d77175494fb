package org.lms.adapter.in.rest.course;

import jakarta.ws.rs.core.EntityTag;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lms.domain.shared.InvalidValueException;

/** Versions travel as strong ETags {@code "<version>"}; {@code If-Match} names the version a change is based on. */
final class EntityTags {

    private static final Pattern VERSION_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private EntityTags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    static Optional<Long> versionFrom(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Optional.empty();
        }
        var matcher = VERSION_TAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw new InvalidValueException("If-Match", "If-Match must be one ETag as returned by the API, like \"3\"");
        }
        return Optional.of(Long.parseLong(matcher.group(1)));
    }
}
