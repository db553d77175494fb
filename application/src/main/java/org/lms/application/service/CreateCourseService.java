package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.CourseView;
import org.lms.application.port.in.CreateCourseUseCase;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.application.port.out.SaveCoursePort;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseCodeTakenException;

@UseCase
public class CreateCourseService implements CreateCourseUseCase {

    private LoadCoursePort loadCourses;
    private SaveCoursePort saveCourses;
    private PublishEventsPort events;
    private Clock clock;

    protected CreateCourseService() {
    }

    @Inject
    public CreateCourseService(LoadCoursePort loadCourses, SaveCoursePort saveCourses, PublishEventsPort events,
                               Clock clock) {
        this.loadCourses = loadCourses;
        this.saveCourses = saveCourses;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public CourseView create(CreateCourseCommand command) {
        var instructor = command.instructorId().orElseGet(() -> command.actor().requireUser().id());
        Course course = Course.draft(command.actor(), instructor, command.code(), command.title(),
                command.description(), clock);
        // Checked here for a clear answer; the unique index still decides between concurrent requests.
        if (loadCourses.isCodeTaken(command.code())) {
            throw new CourseCodeTakenException(command.code());
        }
        Course stored = saveCourses.insertCourse(course);
        events.publish(course.pullEvents());
        return CourseView.of(stored);
    }
}
