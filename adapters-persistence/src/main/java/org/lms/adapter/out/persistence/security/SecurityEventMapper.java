package org.lms.adapter.out.persistence.security;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.lms.application.port.in.SecurityEventView;
import org.lms.application.port.out.RequestOriginPort.RequestOrigin;
import org.lms.application.port.out.SecurityEventPort.SecurityEvent;

/** Between security events and rows of {@code security_event}. */
final class SecurityEventMapper {

    private SecurityEventMapper() {
    }

    /** The row that follows {@code prevHash} as number {@code id}, hashed. */
    static SecurityEventJpaEntity toRow(long id, SecurityEvent event, RequestOrigin origin, String prevHash) {
        SecurityEventJpaEntity row = new SecurityEventJpaEntity();
        row.id = id;
        row.type = event.type().name().toLowerCase(Locale.ROOT);
        row.outcome = outcome(event);
        row.actorUserId = event.user().map(user -> user.value()).orElse(null);
        row.clientIp = bounded(origin.clientAddress(), 64);
        row.userAgent = bounded(origin.userAgent(), 200);
        // The database keeps microseconds: the hash must cover the instant as it reads back.
        row.occurredAt = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
        row.requestId = bounded(origin.requestId(), 64);
        row.details = bounded(event.qualifier(), 200);
        row.prevHash = prevHash;
        row.hash = SecurityEventHashes.hash(row);
        return row;
    }

    static SecurityEventView toView(SecurityEventJpaEntity row) {
        return new SecurityEventView(row.id, row.type, row.outcome, Optional.ofNullable(row.actorUserId), row.clientIp,
                row.userAgent, row.occurredAt, row.requestId, row.details, row.prevHash, row.hash);
    }

    private static String outcome(SecurityEvent event) {
        return switch (event.type()) {
            case LOGIN_FAILED, MFA_FAILED, REFRESH_FAILED, REFRESH_TOKEN_REUSED, ACCESS_DENIED, LOGIN_LOCKED -> "failure";
            case LOCKOUT_STARTED, SUSPICIOUS_ACTIVITY -> "detected";
            default -> "success";
        };
    }

    private static String bounded(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
