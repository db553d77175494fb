package org.lms.domain.abuse;

import java.util.Locale;

/** What a lockout shuts out: one account (whatever address tries it) or one client address. */
public enum LockoutScope {
    ACCOUNT, IP;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
