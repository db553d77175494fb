package org.lms.adapter.in.rest.admin;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.SecurityEventView;

/** One entry of the security event log; {@code details} is a bounded qualifier, never a secret. */
@Schema(name = "SecurityEvent")
public record SecurityEventResponse(long id, String type, String outcome, UUID actorUserId, String clientIp,
                                    String userAgent, Instant occurredAt, String requestId, String details,
                                    String prevHash, String hash) {

    static SecurityEventResponse of(SecurityEventView view) {
        return new SecurityEventResponse(view.id(), view.type(), view.outcome(), view.actorUserId().orElse(null),
                view.clientIp(), view.userAgent(), view.occurredAt(), view.requestId(), view.details(), view.prevHash(),
                view.hash());
    }
}
