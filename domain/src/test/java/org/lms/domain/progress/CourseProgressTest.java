package org.lms.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.enrollment.Enrollment;
import org.lms.domain.enrollment.EnrollmentId;
import org.lms.domain.enrollment.EnrollmentStatus;
import org.lms.domain.file.FileId;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.lesson.LessonContent;
import org.lms.domain.lesson.LessonNotFoundException;
import org.lms.domain.lesson.LessonTitle;
import org.lms.domain.progress.event.CourseCompleted;
import org.lms.domain.progress.event.LessonCompleted;
import org.lms.domain.shared.AccessDeniedException;

class CourseProgressTest {

    private static final Instant ENROLLED = Instant.parse("2026-04-01T09:00:00Z");
    private final Clock clock = Clock.fixed(ENROLLED.plus(Duration.ofDays(3)), ZoneOffset.UTC);
    private final UserId instructorId = new UserId(UUID.randomUUID());
    private final Actor instructor = Actor.user(instructorId, Set.of(Role.INSTRUCTOR));
    private final Actor.User student = new Actor.User(new UserId(UUID.randomUUID()), Set.of(Role.STUDENT));
    private final Course course = course("PRG-1");
    private final Lesson video = lesson(course, new LessonContent.Video("https://v.example.org/1", 60), true);
    private final Lesson quiz = lesson(course, new LessonContent.Quiz(UUID.randomUUID()), false);
    private final Lesson essay = lesson(course, new LessonContent.Assignment("Write", ENROLLED.plus(Duration.ofDays(30))), true);
    private final List<Lesson> lessons = List.of(video, quiz, essay);

    private Course course(String code) {
        return Course.draft(instructor, instructorId, new CourseCode(code), new CourseTitle("Progress"),
                new CourseDescription(""), clock);
    }

    private Lesson lesson(Course of, LessonContent content, boolean required) {
        return Lesson.add(instructor, of, 0, new LessonTitle("L"), content, Optional.empty(), required, clock);
    }

    private Enrollment enrollment(EnrollmentStatus status) {
        return Enrollment.restore(EnrollmentId.newId(), course.id(), student.id(), status, ENROLLED,
                status == EnrollmentStatus.DROPPED ? ENROLLED.plusSeconds(60) : null, 0);
    }

    private CourseProgress fresh() {
        return CourseProgress.of(enrollment(EnrollmentStatus.ACTIVE), Map.of(), Optional.empty());
    }

    @Test
    void completingEveryRequiredLessonCompletesTheCourseOnceWithItsDuration() {
        CourseProgress progress = fresh();
        progress.complete(student, video, lessons, clock);
        assertThat(progress.pullEvents()).singleElement().isInstanceOf(LessonCompleted.class);
        assertThat(progress.courseCompletedAt()).isEmpty();

        progress.submit(student, essay, FileId.newId(), lessons, clock);
        var events = progress.pullEvents();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(LessonCompleted.class,
                e -> assertThat(e.lessonType().name()).isEqualTo("ASSIGNMENT"));
        assertThat(events.get(1)).isInstanceOfSatisfying(CourseCompleted.class,
                e -> assertThat(e.timeToComplete()).isEqualTo(Duration.ofDays(3)));
        assertThat(progress.courseCompletedAt()).contains(clock.instant());
        assertThat(progress.newCompletions()).hasSize(2);
        assertThat(progress.newCompletions().get(1).submission()).isPresent();
    }

    @Test
    void aLessonIsCompletedOnlyOnce() {
        CourseProgress progress = CourseProgress.of(enrollment(EnrollmentStatus.ACTIVE), Map.of(video.id(), ENROLLED),
                Optional.empty());
        assertThatThrownBy(() -> progress.complete(student, video, lessons, clock))
                .isInstanceOf(LessonAlreadyCompletedException.class);
        assertThat(progress.pullEvents()).isEmpty();
    }

    @Test
    void eachLessonIsCompletedOnlyByItsOwnRule() {
        CourseProgress progress = fresh();
        assertThatThrownBy(() -> progress.complete(student, essay, lessons, clock))
                .isInstanceOf(CompletionRuleMismatchException.class);
        assertThatThrownBy(() -> progress.complete(student, quiz, lessons, clock))
                .isInstanceOf(CompletionRuleMismatchException.class);
        assertThatThrownBy(() -> progress.submit(student, video, FileId.newId(), lessons, clock))
                .isInstanceOf(CompletionRuleMismatchException.class);
    }

    @Test
    void onlyTheActivelyEnrolledStudentProgressesAndOnlyInTheirCourse() {
        assertThatThrownBy(() -> CourseProgress.of(enrollment(EnrollmentStatus.DROPPED), Map.of(), Optional.empty()))
                .isInstanceOf(NotEnrolledException.class);
        CourseProgress progress = fresh();
        Actor.User someoneElse = new Actor.User(new UserId(UUID.randomUUID()), Set.of(Role.STUDENT));
        assertThatThrownBy(() -> progress.complete(someoneElse, video, lessons, clock))
                .isInstanceOf(AccessDeniedException.class);
        Lesson elsewhere = lesson(course("PRG-2"), new LessonContent.TextBody("x"), true);
        assertThatThrownBy(() -> progress.complete(student, elsewhere, lessons, clock))
                .isInstanceOf(LessonNotFoundException.class);
    }

    @Test
    void aCompletedCourseStaysCompletedAndIsNotAnnouncedAgain() {
        CourseProgress progress = CourseProgress.of(enrollment(EnrollmentStatus.ACTIVE), Map.of(video.id(), ENROLLED),
                Optional.of(ENROLLED.plusSeconds(5)));
        progress.submit(student, essay, FileId.newId(), lessons, clock);
        assertThat(progress.pullEvents()).singleElement().isInstanceOf(LessonCompleted.class);
        assertThat(progress.courseCompletedAt()).contains(ENROLLED.plusSeconds(5));
    }

    @Test
    void aPassedQuizCompletesItsLessonTheFirstTimeOnly() {
        Lesson requiredQuiz = lesson(course, new LessonContent.Quiz(UUID.randomUUID()), true);
        List<Lesson> withQuiz = List.of(video, requiredQuiz);
        CourseProgress progress = CourseProgress.of(enrollment(EnrollmentStatus.ACTIVE), Map.of(video.id(), ENROLLED),
                Optional.empty());
        assertThat(progress.recordQuizPassed(requiredQuiz, withQuiz, clock)).isTrue();
        var events = progress.pullEvents();
        assertThat(events.get(0)).isInstanceOfSatisfying(LessonCompleted.class,
                e -> assertThat(e.lessonType().name()).isEqualTo("QUIZ"));
        assertThat(events.get(1)).isInstanceOf(CourseCompleted.class);
        assertThat(progress.recordQuizPassed(requiredQuiz, withQuiz, clock)).isFalse();
        assertThat(progress.pullEvents()).isEmpty();
        assertThat(progress.newCompletions()).hasSize(1);
        assertThatThrownBy(() -> progress.recordQuizPassed(video, withQuiz, clock))
                .isInstanceOf(CompletionRuleMismatchException.class);
    }
}
