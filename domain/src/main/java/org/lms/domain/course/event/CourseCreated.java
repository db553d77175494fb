package org.lms.domain.course.event;

import java.time.Instant;
import java.util.UUID;
import org.lms.domain.course.CourseId;
import org.lms.domain.shared.DomainEvent;

/** An instructor drafted a new course. */
public record CourseCreated(UUID eventId, Instant occurredAt, CourseId courseId) implements DomainEvent {

    public static CourseCreated of(CourseId courseId, Instant at) {
        return new CourseCreated(UUID.randomUUID(), at, courseId);
    }
}
