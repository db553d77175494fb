package org.lms.application.service;

import jakarta.inject.Inject;
import org.lms.application.common.Page;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.BrowseCoursesUseCase;
import org.lms.application.port.in.CourseView;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.QueryCoursesPort;
import org.lms.application.port.out.QueryCoursesPort.DraftScope;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;

@UseCase
public class BrowseCoursesService implements BrowseCoursesUseCase {

    private ManagedCourses courses;
    private QueryCoursesPort queryCourses;

    protected BrowseCoursesService() {
    }

    @Inject
    public BrowseCoursesService(LoadCoursePort loadCourses, QueryCoursesPort queryCourses) {
        this.courses = new ManagedCourses(loadCourses);
        this.queryCourses = queryCourses;
    }

    @Override
    public CourseView find(CourseQuery query) {
        return CourseView.of(courses.loadVisible(query.actor(), query.courseId()));
    }

    @Override
    public Page<CourseView> list(CourseListQuery query) {
        return queryCourses.listCourses(query.status(), draftScope(query.actor()), query.page());
    }

    private static DraftScope draftScope(Actor actor) {
        if (actor.hasRole(Role.ADMIN)) {
            return DraftScope.ALL;
        }
        if (actor instanceof Actor.User user && user.hasRole(Role.INSTRUCTOR)) {
            return DraftScope.ownedBy(user.id());
        }
        return DraftScope.NONE;
    }
}
