package org.lms.application.port.out;

import org.lms.domain.progress.CourseProgress;

/**
 * Stores the completions a progress object recorded, and the course completion once reached. A
 * completion stored concurrently by another request is refused with {@code LessonAlreadyCompletedException}.
 */
public interface SaveProgressPort {

    void saveProgress(CourseProgress progress);
}
