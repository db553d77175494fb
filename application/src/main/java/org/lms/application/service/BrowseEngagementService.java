package org.lms.application.service;

import jakarta.inject.Inject;
import org.lms.application.common.Page;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.BrowseEngagementUseCase;
import org.lms.application.port.in.EngagementView;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.QueryEngagementPort;
import org.lms.domain.course.Course;
import org.lms.domain.shared.AccessDeniedException;

/** Reads scores only; they change when the periodic ENGAGEMENT_RECOMPUTE job runs. */
@UseCase
public class BrowseEngagementService implements BrowseEngagementUseCase {

    private ManagedCourses courses;
    private QueryEngagementPort queryEngagement;

    protected BrowseEngagementService() {
    }

    @Inject
    public BrowseEngagementService(LoadCoursePort loadCourses, QueryEngagementPort queryEngagement) {
        this.courses = new ManagedCourses(loadCourses);
        this.queryEngagement = queryEngagement;
    }

    @Override
    public Page<EngagementView> listCourse(CourseEngagementQuery query) {
        Course course = courses.loadVisible(query.actor().requireUser(), query.courseId());
        if (!course.canBeManagedBy(query.actor())) {
            throw new AccessDeniedException("Only the course's instructor or an admin sees its students' engagement");
        }
        return queryEngagement.listCourseEngagement(course.id(), query.page());
    }

    @Override
    public Page<EngagementView> listOwn(OwnEngagementQuery query) {
        return queryEngagement.listStudentEngagement(query.actor().requireUser().id(), query.page());
    }
}
