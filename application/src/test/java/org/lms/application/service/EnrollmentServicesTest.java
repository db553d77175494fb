package org.lms.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.BrowseEnrollmentsUseCase.CourseEnrollmentsQuery;
import org.lms.application.port.in.BrowseEnrollmentsUseCase.OwnEnrollmentsQuery;
import org.lms.application.port.in.CreateCourseUseCase.CreateCourseCommand;
import org.lms.application.port.in.DropEnrollmentUseCase.DropEnrollmentCommand;
import org.lms.application.port.in.EnrollStudentUseCase.EnrollStudentCommand;
import org.lms.application.port.in.EnrollStudentUseCase.EnrollmentOutcome;
import org.lms.application.port.in.EnrollmentView;
import org.lms.application.port.in.PublishCourseUseCase.PublishCourseCommand;
import org.lms.application.port.out.LoadEnrollmentPort;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseId;
import org.lms.domain.course.CourseNotFoundException;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.enrollment.CourseNotOpenForEnrollmentException;
import org.lms.domain.enrollment.Enrollment;
import org.lms.domain.enrollment.EnrollmentAlreadyDroppedException;
import org.lms.domain.enrollment.EnrollmentNotFoundException;
import org.lms.domain.enrollment.EnrollmentStatus;
import org.lms.domain.enrollment.event.EnrollmentDropped;
import org.lms.domain.enrollment.event.StudentEnrolled;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.AuthenticationRequiredException;

class EnrollmentServicesTest {

    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    private final CreateCourseService createCourse = new CreateCourseService(courses, courses, courses, clock);
    private final ChangeCourseService publishCourse = new ChangeCourseService(courses, courses, courses, clock);
    private final EnrollStudentService enroll =
            new EnrollStudentService(courses, enrollments, enrollments, courses, clock);
    private final DropEnrollmentService drop =
            new DropEnrollmentService(courses, enrollments, enrollments, courses, clock);
    private final BrowseEnrollmentsService browse = new BrowseEnrollmentsService(courses, enrollments);

    private final Actor.User instructor = user(Role.INSTRUCTOR);
    private final Actor.User student = user(Role.STUDENT);
    private final Actor.User otherStudent = user(Role.STUDENT);
    private final PageRequest firstPage = new PageRequest(0, 10);

    private static Actor.User user(Role role) {
        return new Actor.User(new UserId(UUID.randomUUID()), Set.of(role));
    }

    private CourseId draftCourse(String code) {
        return new CourseId(createCourse.create(new CreateCourseCommand(instructor, new CourseCode(code),
                new CourseTitle("Title"), new CourseDescription(""), Optional.empty())).id());
    }

    private CourseId publishedCourse(String code) {
        CourseId id = draftCourse(code);
        publishCourse.publish(new PublishCourseCommand(instructor, id, Optional.empty()));
        courses.published.clear();
        return id;
    }

    private EnrollmentOutcome enrollSelf(Actor.User who, CourseId course) {
        return enroll.enroll(new EnrollStudentCommand(who, course, Optional.empty()));
    }

    @Test
    void studentEnrollsOnceAndRepeatingChangesNothing() {
        CourseId course = publishedCourse("EN-1");

        EnrollmentOutcome first = enrollSelf(student, course);
        EnrollmentOutcome repeat = enrollSelf(student, course);

        assertThat(first.activated()).isTrue();
        assertThat(first.enrollment().status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(repeat.activated()).isFalse();
        assertThat(repeat.enrollment().id()).isEqualTo(first.enrollment().id());
        assertThat(enrollments.size()).isEqualTo(1);
        assertThat(courses.published).singleElement().isInstanceOf(StudentEnrolled.class);
    }

    @Test
    void concurrentWinnerIsReturnedWithoutASecondAnnouncement() {
        CourseId course = publishedCourse("EN-2");
        Enrollment winner = Enrollment.enroll(student, courses.loadCourse(course).orElseThrow(), student.id(), clock);
        enrollments.insertEnrollment(winner);
        // The load ran before the parallel request committed, so it saw no enrollment.
        LoadEnrollmentPort loadedTooEarly = (courseId, studentId) -> Optional.empty();
        EnrollStudentService racingEnroll =
                new EnrollStudentService(courses, loadedTooEarly, enrollments, courses, clock);

        EnrollmentOutcome loser = racingEnroll.enroll(new EnrollStudentCommand(student, course, Optional.empty()));

        assertThat(loser.activated()).isFalse();
        assertThat(loser.enrollment().id()).isEqualTo(winner.id().value());
        assertThat(enrollments.size()).isEqualTo(1);
        assertThat(courses.published).isEmpty();
    }

    @Test
    void draftCourseIsHiddenFromStudentsAndClosedToEnrollment() {
        CourseId draft = draftCourse("EN-3");

        assertThatThrownBy(() -> enrollSelf(student, draft)).isInstanceOf(CourseNotFoundException.class);
        assertThatThrownBy(() -> enroll.enroll(new EnrollStudentCommand(instructor, draft, Optional.of(student.id()))))
                .isInstanceOf(CourseNotOpenForEnrollmentException.class);
        assertThatThrownBy(() -> enrollSelf(student, new CourseId(UUID.randomUUID())))
                .isInstanceOf(CourseNotFoundException.class);
        assertThat(enrollments.size()).isZero();
    }

    @Test
    void studentCannotEnrollSomeoneElseButTheInstructorCan() {
        CourseId course = publishedCourse("EN-4");

        assertThatThrownBy(() -> enroll.enroll(new EnrollStudentCommand(student, course, Optional.of(otherStudent.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enroll.enroll(new EnrollStudentCommand(Actor.anonymous(), course, Optional.empty())))
                .isInstanceOf(AuthenticationRequiredException.class);
        assertThat(enrollments.size()).isZero();

        EnrollmentOutcome byInstructor = enroll.enroll(new EnrollStudentCommand(instructor, course,
                Optional.of(otherStudent.id())));
        assertThat(byInstructor.enrollment().studentId()).isEqualTo(otherStudent.id().value());
    }

    @Test
    void droppedEnrollmentComesBackWhenTheStudentEnrollsAgain() {
        CourseId course = publishedCourse("EN-5");
        enrollSelf(student, course);

        EnrollmentView dropped = drop.drop(new DropEnrollmentCommand(student, course, student.id()));
        assertThat(dropped.status()).isEqualTo(EnrollmentStatus.DROPPED);
        assertThatThrownBy(() -> drop.drop(new DropEnrollmentCommand(instructor, course, student.id())))
                .isInstanceOf(EnrollmentAlreadyDroppedException.class);

        EnrollmentOutcome again = enrollSelf(student, course);
        assertThat(again.activated()).isTrue();
        assertThat(again.enrollment().status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(again.enrollment().version()).isEqualTo(2);
        assertThat(courses.published).extracting(Object::getClass)
                .containsExactly(StudentEnrolled.class, EnrollmentDropped.class, StudentEnrolled.class);
    }

    @Test
    void droppingAnEnrollmentThatDoesNotExistIsNotFound() {
        CourseId course = publishedCourse("EN-6");

        assertThatThrownBy(() -> drop.drop(new DropEnrollmentCommand(instructor, course, student.id())))
                .isInstanceOf(EnrollmentNotFoundException.class);
        assertThat(courses.published).isEmpty();
    }

    @Test
    void rosterIsForTheInstructorAndOwnListForTheStudent() {
        CourseId course = publishedCourse("EN-7");
        CourseId otherCourse = publishedCourse("EN-8");
        enrollSelf(student, course);
        enrollSelf(otherStudent, course);
        enrollSelf(student, otherCourse);

        assertThat(browse.listForCourse(new CourseEnrollmentsQuery(instructor, course, firstPage)).total()).isEqualTo(2);
        assertThatThrownBy(() -> browse.listForCourse(new CourseEnrollmentsQuery(student, course, firstPage)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(browse.listOwn(new OwnEnrollmentsQuery(student, firstPage)).items())
                .extracting(EnrollmentView::courseId).containsExactlyInAnyOrder(course.value(), otherCourse.value());
        assertThatThrownBy(() -> browse.listOwn(new OwnEnrollmentsQuery(Actor.anonymous(), firstPage)))
                .isInstanceOf(AuthenticationRequiredException.class);
    }
}
