package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.DropEnrollmentUseCase;
import org.lms.application.port.in.EnrollmentView;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.LoadEnrollmentPort;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.application.port.out.SaveEnrollmentPort;
import org.lms.domain.course.Course;
import org.lms.domain.enrollment.Enrollment;

@UseCase
public class DropEnrollmentService implements DropEnrollmentUseCase {

    private ManagedCourses courses;
    private ManagedEnrollments enrollments;
    private SaveEnrollmentPort saveEnrollments;
    private PublishEventsPort events;
    private Clock clock;

    protected DropEnrollmentService() {
    }

    @Inject
    public DropEnrollmentService(LoadCoursePort loadCourses, LoadEnrollmentPort loadEnrollments,
                                 SaveEnrollmentPort saveEnrollments, PublishEventsPort events, Clock clock) {
        this.courses = new ManagedCourses(loadCourses);
        this.enrollments = new ManagedEnrollments(loadEnrollments);
        this.saveEnrollments = saveEnrollments;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public EnrollmentView drop(DropEnrollmentCommand command) {
        command.actor().requireUser();
        Course course = courses.loadVisible(command.actor(), command.courseId());
        Enrollment enrollment = enrollments.load(course.id(), command.studentId());
        enrollment.drop(command.actor(), course, clock);
        Enrollment stored = saveEnrollments.updateEnrollment(enrollment);
        events.publish(enrollment.pullEvents());
        return EnrollmentView.of(stored);
    }
}
