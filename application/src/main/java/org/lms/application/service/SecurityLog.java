package org.lms.application.service;

import java.time.Clock;
import java.util.Optional;
import org.lms.application.port.out.SecurityEventPort;
import org.lms.application.port.out.SecurityEventPort.SecurityEvent;
import org.lms.application.port.out.SecurityEventPort.Type;
import org.lms.domain.identity.UserAccount;
import org.lms.domain.identity.UserId;

/** Stamps security events with the time and hands them to the port. */
final class SecurityLog {

    private final SecurityEventPort port;
    private final Clock clock;

    SecurityLog(SecurityEventPort port, Clock clock) {
        this.port = port;
        this.clock = clock;
    }

    void record(Type type, UserAccount user) {
        record(type, Optional.of(user.id()), "");
    }

    void record(Type type, UserAccount user, String qualifier) {
        record(type, Optional.of(user.id()), qualifier);
    }

    void record(Type type, Optional<UserId> user, String qualifier) {
        port.record(new SecurityEvent(type, user, qualifier, clock.instant()));
    }
}
