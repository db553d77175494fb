package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.EnrollStudentUseCase;
import org.lms.application.port.in.EnrollmentView;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.LoadEnrollmentPort;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.application.port.out.SaveEnrollmentPort;
import org.lms.domain.course.Course;
import org.lms.domain.enrollment.Enrollment;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.DomainEvent;

@UseCase
public class EnrollStudentService implements EnrollStudentUseCase {

    private ManagedCourses courses;
    private LoadEnrollmentPort loadEnrollments;
    private SaveEnrollmentPort saveEnrollments;
    private PublishEventsPort events;
    private Clock clock;

    protected EnrollStudentService() {
    }

    @Inject
    public EnrollStudentService(LoadCoursePort loadCourses, LoadEnrollmentPort loadEnrollments,
                                SaveEnrollmentPort saveEnrollments, PublishEventsPort events, Clock clock) {
        this.courses = new ManagedCourses(loadCourses);
        this.loadEnrollments = loadEnrollments;
        this.saveEnrollments = saveEnrollments;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public EnrollmentOutcome enroll(EnrollStudentCommand command) {
        Actor actor = command.actor();
        UserId student = command.studentId().orElse(actor.requireUser().id());
        Course course = courses.loadVisible(actor, command.courseId());
        Optional<Enrollment> existing = loadEnrollments.loadEnrollment(course.id(), student);
        if (existing.isPresent()) {
            return enrollAgain(actor, course, existing.get());
        }
        Enrollment enrollment = Enrollment.enroll(actor, course, student, clock);
        Enrollment stored = saveEnrollments.insertEnrollment(enrollment);
        if (!stored.id().equals(enrollment.id())) {
            // A concurrent request enrolled the student first; theirs is the one enrollment.
            return new EnrollmentOutcome(EnrollmentView.of(stored), false);
        }
        events.publish(enrollment.pullEvents());
        return new EnrollmentOutcome(EnrollmentView.of(stored), true);
    }

    private EnrollmentOutcome enrollAgain(Actor actor, Course course, Enrollment enrollment) {
        enrollment.enrollAgain(actor, course, clock);
        List<DomainEvent> raised = enrollment.pullEvents();
        if (raised.isEmpty()) {
            return new EnrollmentOutcome(EnrollmentView.of(enrollment), false);
        }
        Enrollment stored = saveEnrollments.updateEnrollment(enrollment);
        events.publish(raised);
        return new EnrollmentOutcome(EnrollmentView.of(stored), true);
    }
}
