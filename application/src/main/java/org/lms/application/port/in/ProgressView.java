package org.lms.application.port.in;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A student's progress in a course: required lessons completed out of those required, as a
 * percentage (0 to 100, two decimals), the first lesson in course order not yet completed, and
 * when the course was completed.
 */
public record ProgressView(UUID courseId, UUID studentId, long completedRequired, long required, double percentage,
                           Optional<UUID> nextLessonId, Optional<Instant> completedAt) {
}
