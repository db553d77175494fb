package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.CourseView;
import org.lms.application.port.in.PublishCourseUseCase;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.application.port.out.SaveCoursePort;
import org.lms.domain.course.Course;

@UseCase
public class PublishCourseService implements PublishCourseUseCase {

    private ManagedCourses courses;
    private SaveCoursePort saveCourses;
    private PublishEventsPort events;
    private Clock clock;

    protected PublishCourseService() {
    }

    @Inject
    public PublishCourseService(LoadCoursePort loadCourses, SaveCoursePort saveCourses, PublishEventsPort events,
                                Clock clock) {
        this.courses = new ManagedCourses(loadCourses);
        this.saveCourses = saveCourses;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public CourseView publish(PublishCourseCommand command) {
        Course course = courses.loadVisible(command.actor(), command.courseId());
        course.publish(command.actor(), command.expectedVersion(), clock);
        Course stored = saveCourses.updateCourse(course);
        events.publish(course.pullEvents());
        return CourseView.of(stored);
    }
}
