package org.lms.application.service;

import jakarta.inject.Inject;
import org.lms.application.common.Page;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.BrowseSubmissionsUseCase;
import org.lms.application.port.in.SubmissionView;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.QuerySubmissionsPort;
import org.lms.domain.course.Course;
import org.lms.domain.shared.AccessDeniedException;

@UseCase
public class BrowseSubmissionsService implements BrowseSubmissionsUseCase {

    private ManagedCourses courses;
    private QuerySubmissionsPort querySubmissions;

    protected BrowseSubmissionsService() {
    }

    @Inject
    public BrowseSubmissionsService(LoadCoursePort loadCourses, QuerySubmissionsPort querySubmissions) {
        this.courses = new ManagedCourses(loadCourses);
        this.querySubmissions = querySubmissions;
    }

    @Override
    public Page<SubmissionView> listForCourse(CourseSubmissionsQuery query) {
        query.actor().requireUser();
        Course course = courses.loadVisible(query.actor(), query.courseId());
        if (!course.canBeManagedBy(query.actor())) {
            throw new AccessDeniedException("Only the course's instructor or an admin may list its submissions");
        }
        return querySubmissions.listSubmissionsOfCourse(course.id(), query.status() == GradingStatus.GRADED,
                query.page());
    }

    @Override
    public Page<SubmissionView> listOwn(OwnSubmissionsQuery query) {
        return querySubmissions.listSubmissionsOfStudent(query.actor().requireUser().id(), query.courseId(),
                query.page());
    }
}
