package org.lms.domain.enrollment;

import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.NotFoundException;

/** The student has never enrolled in the course. */
public class EnrollmentNotFoundException extends NotFoundException {

    public EnrollmentNotFoundException(CourseId courseId, UserId studentId) {
        super("enrollment-not-found", "Student " + studentId + " is not enrolled in course " + courseId);
    }
}
