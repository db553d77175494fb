package org.lms.application.port.in;

import java.time.Instant;
import java.util.Optional;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.domain.identity.Actor;

/** The security event log for admins: browse it, and check that nobody rewrote it. */
public interface ReviewSecurityEventsUseCase {

    Page<SecurityEventView> list(Actor actor, SecurityEventQuery query, PageRequest page);

    ChainVerification verify(Actor actor);

    /** Every filter is optional; {@code type} is the lower-case event type, the instants bound {@code occurred_at}. */
    record SecurityEventQuery(Optional<String> type, Optional<Instant> since, Optional<Instant> until) {
    }
}
