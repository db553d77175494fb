package org.lms.adapter.in.rest.enrollment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.EnrollmentView;

/** An enrollment as the API shows it. */
@Schema(name = "Enrollment")
public record EnrollmentResponse(UUID id, UUID courseId, UUID studentId, String status, Instant enrolledAt,
                                 Instant droppedAt, long version) {

    static EnrollmentResponse of(EnrollmentView view) {
        return new EnrollmentResponse(view.id(), view.courseId(), view.studentId(), view.status().name(),
                view.enrolledAt(), view.droppedAt().orElse(null), view.version());
    }
}
