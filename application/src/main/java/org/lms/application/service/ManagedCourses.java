package org.lms.application.service;

import org.lms.application.port.out.LoadCoursePort;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseId;
import org.lms.domain.course.CourseNotFoundException;
import org.lms.domain.identity.Actor;

/**
 * Loads a course for a caller. A draft the caller may not see is reported as not found, so that
 * its existence does not leak; whether the caller may change it is the aggregate's decision.
 */
final class ManagedCourses {

    private final LoadCoursePort loadCourses;

    ManagedCourses(LoadCoursePort loadCourses) {
        this.loadCourses = loadCourses;
    }

    Course loadVisible(Actor actor, CourseId id) {
        return loadCourses.loadCourse(id)
                .filter(course -> course.isVisibleTo(actor))
                .orElseThrow(() -> new CourseNotFoundException(id));
    }
}
