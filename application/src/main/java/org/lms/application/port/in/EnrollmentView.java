package org.lms.application.port.in;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lms.domain.enrollment.Enrollment;
import org.lms.domain.enrollment.EnrollmentStatus;

/** An enrollment as use cases return it: plain values, safe to hand to any adapter. */
public record EnrollmentView(UUID id, UUID courseId, UUID studentId, EnrollmentStatus status, Instant enrolledAt,
                             Optional<Instant> droppedAt, long version) {

    public static EnrollmentView of(Enrollment enrollment) {
        return new EnrollmentView(enrollment.id().value(), enrollment.courseId().value(),
                enrollment.studentId().value(), enrollment.status(), enrollment.enrolledAt(),
                enrollment.droppedAt(), enrollment.version());
    }
}
