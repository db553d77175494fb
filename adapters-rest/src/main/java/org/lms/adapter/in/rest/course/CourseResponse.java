package org.lms.adapter.in.rest.course;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.CourseView;

/** A course as the API shows it. {@code version} is also sent as the ETag. */
@Schema(name = "Course")
public record CourseResponse(UUID id, String code, String title, String description, UUID instructorId,
                             String status, Instant createdAt, Instant updatedAt, Instant publishedAt,
                             long version) {

    static CourseResponse of(CourseView view) {
        return new CourseResponse(view.id(), view.code(), view.title(), view.description(), view.instructorId(),
                view.status().name(), view.createdAt(), view.updatedAt(), view.publishedAt().orElse(null),
                view.version());
    }
}
