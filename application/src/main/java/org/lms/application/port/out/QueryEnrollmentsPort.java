package org.lms.application.port.out;

import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.EnrollmentView;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;

/** Lists enrollments for reading, paged in the database, most recently enrolled first. */
public interface QueryEnrollmentsPort {

    Page<EnrollmentView> listEnrollmentsOfCourse(CourseId courseId, PageRequest page);

    Page<EnrollmentView> listEnrollmentsOfStudent(UserId studentId, PageRequest page);
}
