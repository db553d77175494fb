package org.lms.application.port.out;

import java.util.Optional;
import org.lms.domain.course.CourseId;
import org.lms.domain.enrollment.Enrollment;
import org.lms.domain.identity.UserId;

/** Reads enrollment aggregates to change them; a student has at most one per course. */
public interface LoadEnrollmentPort {

    Optional<Enrollment> loadEnrollment(CourseId courseId, UserId studentId);
}
