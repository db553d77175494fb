package org.lms.domain.course.event;

import java.time.Instant;
import java.util.UUID;
import org.lms.domain.course.CourseId;
import org.lms.domain.shared.DomainEvent;

/** A course's title or description changed. */
public record CourseUpdated(UUID eventId, Instant occurredAt, CourseId courseId) implements DomainEvent {

    public static CourseUpdated of(CourseId courseId, Instant at) {
        return new CourseUpdated(UUID.randomUUID(), at, courseId);
    }
}
