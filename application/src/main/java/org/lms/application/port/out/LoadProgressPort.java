package org.lms.application.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;
import org.lms.domain.lesson.LessonId;

/** Reads what a student completed in a course so far. */
public interface LoadProgressPort {

    StoredProgress loadProgress(CourseId courseId, UserId studentId);

    record StoredProgress(Map<LessonId, Instant> completedLessons, Optional<Instant> courseCompletedAt) {

        public StoredProgress {
            completedLessons = Map.copyOf(completedLessons);
        }
    }
}
