package org.lms.domain.enrollment.event;

import java.time.Instant;
import java.util.UUID;
import org.lms.domain.course.CourseId;
import org.lms.domain.enrollment.EnrollmentId;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.DomainEvent;

/** A student left a course, or was taken out of it by its instructor or an admin. */
public record EnrollmentDropped(UUID eventId, Instant occurredAt, EnrollmentId enrollmentId, CourseId courseId,
                                UserId studentId) implements DomainEvent {

    public static EnrollmentDropped of(EnrollmentId enrollmentId, CourseId courseId, UserId studentId, Instant at) {
        return new EnrollmentDropped(UUID.randomUUID(), at, enrollmentId, courseId, studentId);
    }
}
