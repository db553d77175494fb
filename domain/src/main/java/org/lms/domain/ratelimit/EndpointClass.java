package org.lms.domain.ratelimit;

import java.util.Locale;

/**
 * The classes of endpoint that carry their own limit. Sign-in, registration, password reset and
 * verification are guessing targets, so they refuse when the limit cannot be checked; the rest
 * of the API stays available.
 */
public enum EndpointClass {
    AUTH(WhenUnavailable.REFUSE),
    API_READ(WhenUnavailable.ALLOW),
    API_WRITE(WhenUnavailable.ALLOW);

    private final WhenUnavailable whenUnavailable;

    EndpointClass(WhenUnavailable whenUnavailable) {
        this.whenUnavailable = whenUnavailable;
    }

    public WhenUnavailable whenUnavailable() {
        return whenUnavailable;
    }

    /** Lower-case name, as used in metric labels and storage keys. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
