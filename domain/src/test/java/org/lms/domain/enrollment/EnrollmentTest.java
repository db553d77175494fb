package org.lms.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.enrollment.event.EnrollmentDropped;
import org.lms.domain.enrollment.event.StudentEnrolled;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.AuthenticationRequiredException;

class EnrollmentTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private final Clock later = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
    private final Actor.User instructor = user(Role.INSTRUCTOR);
    private final Actor.User otherInstructor = user(Role.INSTRUCTOR);
    private final Actor.User admin = user(Role.ADMIN);
    private final Actor.User student = user(Role.STUDENT);
    private final Actor.User otherStudent = user(Role.STUDENT);

    private static Actor.User user(Role role) {
        return new Actor.User(new UserId(UUID.randomUUID()), Set.of(role));
    }

    private Course draftCourse() {
        Course course = Course.draft(instructor, instructor.id(), new CourseCode("EN-1"), new CourseTitle("Enrolment"),
                new CourseDescription(""), clock);
        course.pullEvents();
        return course;
    }

    private Course publishedCourse() {
        Course course = draftCourse();
        course.publish(instructor, Optional.empty(), clock);
        course.pullEvents();
        return course;
    }

    private Enrollment activeEnrollment(Course course) {
        Enrollment enrollment = Enrollment.enroll(student, course, student.id(), clock);
        enrollment.pullEvents();
        return enrollment;
    }

    @Test
    void studentEnrollsThemselvesInAPublishedCourseAndItIsAnnounced() {
        Course course = publishedCourse();

        Enrollment enrollment = Enrollment.enroll(student, course, student.id(), clock);

        assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.courseId()).isEqualTo(course.id());
        assertThat(enrollment.studentId()).isEqualTo(student.id());
        assertThat(enrollment.enrolledAt()).isEqualTo(T0);
        assertThat(enrollment.droppedAt()).isEmpty();
        assertThat(enrollment.pullEvents()).singleElement().isInstanceOfSatisfying(StudentEnrolled.class,
                event -> assertThat(event.studentId()).isEqualTo(student.id()));
    }

    @Test
    void nobodyEnrollsInADraftCourse() {
        Course draft = draftCourse();

        assertThatThrownBy(() -> Enrollment.enroll(student, draft, student.id(), clock))
                .isInstanceOf(CourseNotOpenForEnrollmentException.class);
        assertThatThrownBy(() -> Enrollment.enroll(instructor, draft, student.id(), clock))
                .isInstanceOf(CourseNotOpenForEnrollmentException.class);
    }

    @Test
    void courseInstructorAndAdminEnrollAStudentOnTheirBehalf() {
        Course course = publishedCourse();

        assertThat(Enrollment.enroll(instructor, course, student.id(), clock).studentId()).isEqualTo(student.id());
        assertThat(Enrollment.enroll(admin, course, otherStudent.id(), clock).studentId()).isEqualTo(otherStudent.id());
    }

    @Test
    void studentCannotEnrollSomeoneElse() {
        Course course = publishedCourse();

        assertThatThrownBy(() -> Enrollment.enroll(student, course, otherStudent.id(), clock))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Enrollment.enroll(otherInstructor, course, student.id(), clock))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyStudentsEnrollThemselves() {
        Course course = publishedCourse();

        assertThatThrownBy(() -> Enrollment.enroll(otherInstructor, course, otherInstructor.id(), clock))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Enrollment.enroll(Actor.anonymous(), course, student.id(), clock))
                .isInstanceOf(AuthenticationRequiredException.class);
    }

    @Test
    void enrollingAgainWhileActiveChangesNothing() {
        Course course = publishedCourse();
        Enrollment enrollment = activeEnrollment(course);

        enrollment.enrollAgain(student, course, later);

        assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.enrolledAt()).isEqualTo(T0);
        assertThat(enrollment.pullEvents()).isEmpty();
    }

    @Test
    void droppedEnrollmentIsReactivatedByEnrollingAgain() {
        Course course = publishedCourse();
        Enrollment enrollment = activeEnrollment(course);
        enrollment.drop(student, course, clock);
        enrollment.pullEvents();

        enrollment.enrollAgain(student, course, later);

        assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.enrolledAt()).isEqualTo(later.instant());
        assertThat(enrollment.droppedAt()).isEmpty();
        assertThat(enrollment.pullEvents()).singleElement().isInstanceOf(StudentEnrolled.class);
    }

    @Test
    void studentInstructorOrAdminDropAnEnrollment() {
        Course course = publishedCourse();
        for (Actor actor : new Actor[] {student, instructor, admin}) {
            Enrollment enrollment = activeEnrollment(course);

            enrollment.drop(actor, course, later);

            assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.DROPPED);
            assertThat(enrollment.droppedAt()).contains(later.instant());
            assertThat(enrollment.pullEvents()).singleElement().isInstanceOf(EnrollmentDropped.class);
        }
    }

    @Test
    void othersCannotDropAnEnrollment() {
        Course course = publishedCourse();
        Enrollment enrollment = activeEnrollment(course);

        assertThatThrownBy(() -> enrollment.drop(otherStudent, course, clock)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrollment.drop(otherInstructor, course, clock)).isInstanceOf(AccessDeniedException.class);
        assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.ACTIVE);
    }

    @Test
    void droppingTwiceIsAConflict() {
        Course course = publishedCourse();
        Enrollment enrollment = activeEnrollment(course);
        enrollment.drop(student, course, clock);
        enrollment.pullEvents();

        assertThatThrownBy(() -> enrollment.drop(student, course, later))
                .isInstanceOf(EnrollmentAlreadyDroppedException.class);
        assertThat(enrollment.pullEvents()).isEmpty();
    }
}
