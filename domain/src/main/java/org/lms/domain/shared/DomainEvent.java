package org.lms.domain.shared;

import java.time.Instant;
import java.util.UUID;

/** Something that happened in the domain, named in the past tense. */
public interface DomainEvent {

    UUID eventId();

    Instant occurredAt();
}
