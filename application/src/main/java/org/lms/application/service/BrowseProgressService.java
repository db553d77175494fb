package org.lms.application.service;

import jakarta.inject.Inject;
import org.lms.application.common.Page;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.BrowseProgressUseCase;
import org.lms.application.port.in.ProgressView;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.QueryProgressPort;
import org.lms.domain.course.Course;
import org.lms.domain.enrollment.EnrollmentNotFoundException;
import org.lms.domain.identity.Actor;
import org.lms.domain.shared.AccessDeniedException;

@UseCase
public class BrowseProgressService implements BrowseProgressUseCase {

    private ManagedCourses courses;
    private QueryProgressPort queryProgress;

    protected BrowseProgressService() {
    }

    @Inject
    public BrowseProgressService(LoadCoursePort loadCourses, QueryProgressPort queryProgress) {
        this.courses = new ManagedCourses(loadCourses);
        this.queryProgress = queryProgress;
    }

    @Override
    public ProgressView find(StudentProgressQuery query) {
        Actor.User user = query.actor().requireUser();
        Course course = courses.loadVisible(user, query.courseId());
        if (!user.id().equals(query.studentId()) && !course.canBeManagedBy(user)) {
            throw new AccessDeniedException("Students see only their own progress");
        }
        return queryProgress.findProgress(course.id(), query.studentId())
                .orElseThrow(() -> new EnrollmentNotFoundException(course.id(), query.studentId()));
    }

    @Override
    public Page<ProgressView> list(CourseProgressQuery query) {
        Course course = courses.loadVisible(query.actor().requireUser(), query.courseId());
        if (!course.canBeManagedBy(query.actor())) {
            throw new AccessDeniedException("Only the course's instructor or an admin sees every student's progress");
        }
        return queryProgress.listProgress(course.id(), query.page());
    }
}
