package org.lms.domain.progress;

import org.lms.domain.course.CourseId;
import org.lms.domain.shared.AccessDeniedException;

/** Only actively enrolled students make progress in a course. */
public class NotEnrolledException extends AccessDeniedException {

    public NotEnrolledException(CourseId courseId) {
        super("Only students actively enrolled in course " + courseId + " may do this");
    }
}
