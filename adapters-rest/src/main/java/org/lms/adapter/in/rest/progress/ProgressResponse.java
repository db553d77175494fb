package org.lms.adapter.in.rest.progress;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.ProgressView;

/**
 * A student's progress in a course: required lessons completed of those required, the percentage,
 * the next required lesson not yet completed (absent when none is left) and when the course was completed.
 */
@Schema(name = "Progress")
public record ProgressResponse(UUID courseId, UUID studentId, long completedLessons, long requiredLessons,
                               double percentage, UUID nextLessonId, Instant completedAt) {

    public static ProgressResponse of(ProgressView view) {
        return new ProgressResponse(view.courseId(), view.studentId(), view.completedRequired(), view.required(),
                view.percentage(), view.nextLessonId().orElse(null), view.completedAt().orElse(null));
    }
}
