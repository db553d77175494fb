package org.lms.application.service;

import org.lms.application.port.out.LoadEnrollmentPort;
import org.lms.domain.course.CourseId;
import org.lms.domain.enrollment.Enrollment;
import org.lms.domain.enrollment.EnrollmentNotFoundException;
import org.lms.domain.identity.UserId;

/** Loads the enrollment a command names, or refuses with a not-found the client can act on. */
final class ManagedEnrollments {

    private final LoadEnrollmentPort loadEnrollments;

    ManagedEnrollments(LoadEnrollmentPort loadEnrollments) {
        this.loadEnrollments = loadEnrollments;
    }

    Enrollment load(CourseId courseId, UserId studentId) {
        return loadEnrollments.loadEnrollment(courseId, studentId)
                .orElseThrow(() -> new EnrollmentNotFoundException(courseId, studentId));
    }
}
