package org.lms.domain.ratelimit;

import java.util.Objects;
import org.lms.domain.identity.UserId;

/**
 * Whose requests are counted together: one user, or one client address when nobody is signed in.
 * {@link #value()} is the stable text a counter store keys its window by.
 */
public record LimitKey(EndpointClass endpointClass, String subject) {

    public LimitKey {
        Objects.requireNonNull(endpointClass, "endpointClass");
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A limit key needs a subject");
        }
    }

    public static LimitKey forUser(EndpointClass endpointClass, UserId user) {
        return new LimitKey(endpointClass, "user:" + user.value());
    }

    public static LimitKey forClient(EndpointClass endpointClass, String clientAddress) {
        return new LimitKey(endpointClass, "ip:" + clientAddress);
    }

    public String value() {
        return endpointClass.label() + ":" + subject;
    }
}
