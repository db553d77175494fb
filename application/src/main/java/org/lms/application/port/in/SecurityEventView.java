package org.lms.application.port.in;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One entry of the security event log, with the hashes that chain it to the one before. */
public record SecurityEventView(long id, String type, String outcome, Optional<UUID> actorUserId, String clientIp,
                                String userAgent, Instant occurredAt, String requestId, String details, String prevHash,
                                String hash) {
}
