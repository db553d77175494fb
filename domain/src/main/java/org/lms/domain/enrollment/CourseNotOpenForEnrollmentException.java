package org.lms.domain.enrollment;

import org.lms.domain.course.CourseId;
import org.lms.domain.shared.ConflictException;

/** Students join published courses only; a draft is still being prepared. */
public class CourseNotOpenForEnrollmentException extends ConflictException {

    public CourseNotOpenForEnrollmentException(CourseId id) {
        super("course-not-published", "Course " + id + " is not published, so nobody can enroll in it yet");
    }
}
