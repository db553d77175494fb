package org.lms.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.AuthenticationRequiredException;
import org.lms.domain.shared.InvalidValueException;

class LessonTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
    private final UserId instructorId = new UserId(UUID.randomUUID());
    private final Actor instructor = Actor.user(instructorId, Set.of(Role.INSTRUCTOR));
    private final Actor admin = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.ADMIN));
    private final Actor otherInstructor = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.INSTRUCTOR));
    private final Course course = Course.draft(instructor, instructorId, new CourseCode("LES-1"),
            new CourseTitle("Lessons"), new CourseDescription(""), clock);

    private Lesson text(Actor actor, int position) {
        return Lesson.add(actor, course, position, new LessonTitle("Read me"), new LessonContent.TextBody("Hello"),
                Optional.empty(), true, clock);
    }

    @Test
    void lessonTakesItsTypesDefaultCompletionRule() {
        assertThat(text(instructor, 0).completionRule()).isEqualTo(CompletionRule.VIEWED);
        Lesson assignment = Lesson.add(instructor, course, 1, new LessonTitle("Essay"),
                new LessonContent.Assignment("Write", Instant.parse("2026-05-01T00:00:00Z")), Optional.empty(), true, clock);
        assertThat(assignment.completionRule()).isEqualTo(CompletionRule.SUBMITTED);
        Lesson quiz = Lesson.add(instructor, course, 2, new LessonTitle("Quiz"), new LessonContent.Quiz(UUID.randomUUID()),
                Optional.empty(), false, clock);
        assertThat(quiz.completionRule()).isEqualTo(CompletionRule.PASSED);
        assertThat(quiz.required()).isFalse();
    }

    @Test
    void completionRuleMustFitTheLessonType() {
        assertThatThrownBy(() -> Lesson.add(instructor, course, 0, new LessonTitle("Quiz"),
                new LessonContent.Quiz(UUID.randomUUID()), Optional.of(CompletionRule.MARKED_DONE), true, clock))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("QUIZ");
        assertThatThrownBy(() -> Lesson.add(instructor, course, 0, new LessonTitle("Video"),
                new LessonContent.Video("https://v.example.org/1", 60), Optional.of(CompletionRule.SUBMITTED), true, clock))
                .isInstanceOf(InvalidValueException.class);
        assertThat(Lesson.add(instructor, course, 0, new LessonTitle("Video"),
                new LessonContent.Video("https://v.example.org/1", 60), Optional.of(CompletionRule.MARKED_DONE), true,
                clock).completionRule()).isEqualTo(CompletionRule.MARKED_DONE);
    }

    @Test
    void onlyTheCoursesInstructorOrAnAdminManagesLessons() {
        assertThat(text(admin, 0).courseId()).isEqualTo(course.id());
        assertThatThrownBy(() -> text(otherInstructor, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> text(Actor.anonymous(), 0)).isInstanceOf(AuthenticationRequiredException.class);
        Lesson lesson = text(instructor, 0);
        assertThatThrownBy(() -> lesson.revise(otherInstructor, course, new LessonTitle("X"),
                new LessonContent.TextBody("x"), Optional.empty(), true, clock)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void revisingMayChangeTheTypeAndResetsTheRuleToTheNewDefault() {
        Lesson lesson = text(instructor, 3);
        lesson.revise(instructor, course, new LessonTitle("Now a video"), new LessonContent.Video("https://v.example.org/2", 90),
                Optional.empty(), false, clock);
        assertThat(lesson.type()).isEqualTo(LessonType.VIDEO);
        assertThat(lesson.completionRule()).isEqualTo(CompletionRule.VIEWED);
        assertThat(lesson.position()).isEqualTo(3);
        assertThat(lesson.required()).isFalse();
    }

    @Test
    void reorderNamesEveryLessonExactlyOnceOrNothingMoves() {
        Lesson a = text(instructor, 0);
        Lesson b = text(instructor, 1);
        Lesson c = text(instructor, 2);
        List<Lesson> lessons = List.of(a, b, c);

        assertThatThrownBy(() -> LessonOrder.reorder(instructor, course, lessons, List.of(c.id(), a.id())))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> LessonOrder.reorder(instructor, course, lessons, List.of(c.id(), a.id(), a.id())))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> LessonOrder.reorder(instructor, course, lessons,
                List.of(c.id(), a.id(), LessonId.newId()))).isInstanceOf(InvalidValueException.class);
        assertThat(lessons).extracting(Lesson::position).containsExactly(0, 1, 2);
        assertThatThrownBy(() -> LessonOrder.reorder(otherInstructor, course, lessons, List.of(c.id(), a.id(), b.id())))
                .isInstanceOf(AccessDeniedException.class);

        List<Lesson> reordered = LessonOrder.reorder(instructor, course, lessons, List.of(c.id(), a.id(), b.id()));
        assertThat(reordered).containsExactly(c, a, b);
        assertThat(reordered).extracting(Lesson::position).containsExactly(0, 1, 2);
    }
}
