package org.lms.domain.course.event;

import java.time.Instant;
import java.util.UUID;
import org.lms.domain.course.CourseId;
import org.lms.domain.shared.DomainEvent;

/** A course opened to students. */
public record CoursePublished(UUID eventId, Instant occurredAt, CourseId courseId) implements DomainEvent {

    public static CoursePublished of(CourseId courseId, Instant at) {
        return new CoursePublished(UUID.randomUUID(), at, courseId);
    }
}
