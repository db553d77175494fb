package org.lms.domain.enrollment.event;

import java.time.Instant;
import java.util.UUID;
import org.lms.domain.course.CourseId;
import org.lms.domain.enrollment.EnrollmentId;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.DomainEvent;

/** A student joined a course, for the first time or again after dropping it. */
public record StudentEnrolled(UUID eventId, Instant occurredAt, EnrollmentId enrollmentId, CourseId courseId,
                              UserId studentId) implements DomainEvent {

    public static StudentEnrolled of(EnrollmentId enrollmentId, CourseId courseId, UserId studentId, Instant at) {
        return new StudentEnrolled(UUID.randomUUID(), at, enrollmentId, courseId, studentId);
    }
}
