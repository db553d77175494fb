package org.lms.application.port.in;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseStatus;

/** A course as use cases return it: plain values, safe to hand to any adapter. */
public record CourseView(UUID id, String code, String title, String description, UUID instructorId,
                         CourseStatus status, Instant createdAt, Instant updatedAt,
                         Optional<Instant> publishedAt, long version) {

    public static CourseView of(Course course) {
        return new CourseView(course.id().value(), course.code().value(), course.title().value(),
                course.description().value(), course.instructorId().value(), course.status(),
                course.createdAt(), course.updatedAt(), course.publishedAt(), course.version());
    }
}
