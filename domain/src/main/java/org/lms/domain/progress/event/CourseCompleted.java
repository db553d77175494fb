package org.lms.domain.progress.event;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.DomainEvent;

/** A student completed every required lesson of a course; carries the enrollment time to measure how long it took. */
public record CourseCompleted(UUID eventId, Instant occurredAt, CourseId courseId, UserId studentId,
                              Instant enrolledAt) implements DomainEvent {

    public static CourseCompleted of(CourseId courseId, UserId studentId, Instant enrolledAt, Instant at) {
        return new CourseCompleted(UUID.randomUUID(), at, courseId, studentId, enrolledAt);
    }

    /** Time from enrollment to completion; never negative. */
    public Duration timeToComplete() {
        Duration taken = Duration.between(enrolledAt, occurredAt);
        return taken.isNegative() ? Duration.ZERO : taken;
    }
}
