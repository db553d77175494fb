package org.lms.application.service;

import jakarta.inject.Inject;
import org.lms.application.common.Page;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.BrowseEnrollmentsUseCase;
import org.lms.application.port.in.EnrollmentView;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.QueryEnrollmentsPort;
import org.lms.domain.course.Course;
import org.lms.domain.shared.AccessDeniedException;

@UseCase
public class BrowseEnrollmentsService implements BrowseEnrollmentsUseCase {

    private ManagedCourses courses;
    private QueryEnrollmentsPort queryEnrollments;

    protected BrowseEnrollmentsService() {
    }

    @Inject
    public BrowseEnrollmentsService(LoadCoursePort loadCourses, QueryEnrollmentsPort queryEnrollments) {
        this.courses = new ManagedCourses(loadCourses);
        this.queryEnrollments = queryEnrollments;
    }

    @Override
    public Page<EnrollmentView> listForCourse(CourseEnrollmentsQuery query) {
        query.actor().requireUser();
        Course course = courses.loadVisible(query.actor(), query.courseId());
        if (!course.canBeManagedBy(query.actor())) {
            throw new AccessDeniedException("Only the course's instructor or an admin may list its enrollments");
        }
        return queryEnrollments.listEnrollmentsOfCourse(course.id(), query.page());
    }

    @Override
    public Page<EnrollmentView> listOwn(OwnEnrollmentsQuery query) {
        return queryEnrollments.listEnrollmentsOfStudent(query.actor().requireUser().id(), query.page());
    }
}
