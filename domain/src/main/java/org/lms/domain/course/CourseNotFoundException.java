package org.lms.domain.course;

import org.lms.domain.shared.NotFoundException;

/** No course with this id exists, or the caller may not see it. */
public class CourseNotFoundException extends NotFoundException {

    public CourseNotFoundException(CourseId id) {
        super("course-not-found", "No course " + id);
    }
}
