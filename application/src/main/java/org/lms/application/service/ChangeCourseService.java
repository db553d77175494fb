package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Consumer;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.CourseView;
import org.lms.application.port.in.PublishCourseUseCase;
import org.lms.application.port.in.UpdateCourseUseCase;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.application.port.out.SaveCoursePort;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;

/** Changes to an existing course: load it as the caller sees it, let the aggregate decide, store, announce. */
@UseCase
public class ChangeCourseService implements UpdateCourseUseCase, PublishCourseUseCase {

    private ManagedCourses courses;
    private SaveCoursePort saveCourses;
    private PublishEventsPort events;
    private Clock clock;

    protected ChangeCourseService() {
    }

    @Inject
    public ChangeCourseService(LoadCoursePort loadCourses, SaveCoursePort saveCourses, PublishEventsPort events,
                               Clock clock) {
        this.courses = new ManagedCourses(loadCourses);
        this.saveCourses = saveCourses;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public CourseView update(UpdateCourseCommand command) {
        return change(command.actor(), command.courseId(), course -> course.revise(command.actor(),
                command.expectedVersion(), command.title(), command.description(), clock));
    }

    @Override
    public CourseView publish(PublishCourseCommand command) {
        return change(command.actor(), command.courseId(),
                course -> course.publish(command.actor(), command.expectedVersion(), clock));
    }

    private CourseView change(Actor actor, CourseId id, Consumer<Course> change) {
        Course course = courses.loadVisible(actor, id);
        change.accept(course);
        Course stored = saveCourses.updateCourse(course);
        events.publish(course.pullEvents());
        return CourseView.of(stored);
    }
}
