package org.lms.domain.assignment;

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
import org.lms.domain.assignment.event.AssignmentGraded;
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
import org.lms.domain.lesson.CompletionRule;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.lesson.LessonContent;
import org.lms.domain.lesson.LessonTitle;
import org.lms.domain.progress.CompletionRuleMismatchException;
import org.lms.domain.progress.CourseProgress;
import org.lms.domain.progress.LessonAlreadyCompletedException;
import org.lms.domain.progress.event.CourseCompleted;
import org.lms.domain.progress.event.LessonCompleted;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.InvalidValueException;

/** The GRADED rule: a submission waits for a grade; a grade at or above the pass score completes the lesson. */
class AssignmentGradingTest {

    private static final Instant ENROLLED = Instant.parse("2026-04-01T09:00:00Z");
    private final Clock clock = Clock.fixed(ENROLLED.plus(Duration.ofDays(2)), ZoneOffset.UTC);
    private final Clock later = Clock.offset(clock, Duration.ofHours(6));
    private final UserId instructorId = new UserId(UUID.randomUUID());
    private final Actor instructor = Actor.user(instructorId, Set.of(Role.INSTRUCTOR));
    private final Actor.User student = new Actor.User(new UserId(UUID.randomUUID()), Set.of(Role.STUDENT));
    private final Course course = Course.draft(instructor, instructorId, new CourseCode("GRD-1"),
            new CourseTitle("Grading"), new CourseDescription(""), clock);
    private final Lesson essay = assignment(70, CompletionRule.GRADED);
    private final List<Lesson> lessons = List.of(essay);

    private Lesson assignment(int passScore, CompletionRule rule) {
        return Lesson.add(instructor, course, 0, new LessonTitle("Essay"),
                new LessonContent.Assignment("Write", ENROLLED.plus(Duration.ofDays(30)), passScore), Optional.of(rule),
                true, clock);
    }

    private CourseProgress progress() {
        return CourseProgress.of(Enrollment.restore(EnrollmentId.newId(), course.id(), student.id(),
                EnrollmentStatus.ACTIVE, ENROLLED, null, 0), Map.of(), Optional.empty());
    }

    private AssignmentSubmission submitted(CourseProgress progress, Optional<AssignmentSubmission> previous) {
        FileId file = FileId.newId();
        progress.submit(student, essay, file, lessons, clock);
        return AssignmentSubmission.handIn(student.id(), essay, file, previous, clock);
    }

    @Test
    void aSubmissionOfAGradedLessonCompletesNothingUntilGraded() {
        CourseProgress progress = progress();
        AssignmentSubmission submission = submitted(progress, Optional.empty());

        assertThat(submission.awaitsGrading()).isTrue();
        assertThat(progress.hasCompleted(essay.id())).isFalse();
        assertThat(progress.newCompletions()).isEmpty();
        assertThat(progress.pullEvents()).isEmpty();
    }

    @Test
    void theLessonsPassScoreIsTheBoundary() {
        AssignmentSubmission below = submitted(progress(), Optional.empty());
        assertThat(below.grade(instructor, course, essay, new Score(69), Optional.empty(), later).passed()).isFalse();
        AssignmentSubmission at = submitted(progress(), Optional.empty());
        assertThat(at.grade(instructor, course, essay, new Score(70), Optional.of(" Good "), later).passed()).isTrue();
        assertThat(at.grade()).hasValueSatisfying(grade -> {
            assertThat(grade.feedback()).contains("Good");
            assertThat(grade.gradedBy()).isEqualTo(instructorId);
        });
        assertThat(at.pullEvents()).singleElement().isInstanceOfSatisfying(AssignmentGraded.class, graded -> {
            assertThat(graded.passed()).isTrue();
            assertThat(graded.score()).isEqualTo(70);
            assertThat(graded.gradingDelay()).isEqualTo(Duration.ofHours(6));
        });
    }

    @Test
    void aLessonWithoutItsOwnPassScorePassesAtFifty() {
        Lesson plain = Lesson.add(instructor, course, 0, new LessonTitle("Essay"),
                new LessonContent.Assignment("Write", ENROLLED), Optional.of(CompletionRule.GRADED), true, clock);
        AssignmentSubmission low = AssignmentSubmission.handIn(student.id(), plain, FileId.newId(), Optional.empty(), clock);
        AssignmentSubmission fifty = AssignmentSubmission.handIn(student.id(), plain, FileId.newId(), Optional.empty(), clock);
        assertThat(low.grade(instructor, course, plain, new Score(49), Optional.empty(), clock).passed()).isFalse();
        assertThat(fifty.grade(instructor, course, plain, new Score(50), Optional.empty(), clock).passed()).isTrue();
    }

    @Test
    void aFailedGradeLetsTheStudentResubmitAndAPassingOneCompletesLessonAndCourse() {
        CourseProgress progress = progress();
        AssignmentSubmission first = submitted(progress, Optional.empty());
        assertThatThrownBy(() -> submitted(progress, Optional.of(first)))
                .isInstanceOf(SubmissionAwaitingGradingException.class);
        first.grade(instructor, course, essay, new Score(40), Optional.of("Too short"), later);
        assertThatThrownBy(() -> progress.completeGraded(essay, first, lessons, later))
                .isInstanceOf(CompletionRuleMismatchException.class);

        AssignmentSubmission second = submitted(progress, Optional.of(first));
        second.grade(instructor, course, essay, new Score(85), Optional.empty(), later);
        progress.completeGraded(essay, second, lessons, later);

        assertThat(progress.hasCompleted(essay.id())).isTrue();
        assertThat(progress.newCompletions()).singleElement()
                .satisfies(completion -> assertThat(completion.submission()).contains(second.fileId()));
        assertThat(progress.pullEvents()).hasExactlyElementsOfTypes(LessonCompleted.class, CourseCompleted.class);
        assertThatThrownBy(() -> submitted(progress, Optional.of(second)))
                .isInstanceOf(LessonAlreadyCompletedException.class);
    }

    @Test
    void gradingTwiceIsRefusedAndTheFirstGradeStays() {
        AssignmentSubmission submission = submitted(progress(), Optional.empty());
        submission.grade(instructor, course, essay, new Score(30), Optional.empty(), later);
        submission.pullEvents();

        assertThatThrownBy(() -> submission.grade(instructor, course, essay, new Score(90), Optional.empty(), later))
                .isInstanceOf(SubmissionAlreadyGradedException.class);
        assertThat(submission.grade()).hasValueSatisfying(grade -> assertThat(grade.score().value()).isEqualTo(30));
        assertThat(submission.pullEvents()).isEmpty();
    }

    @Test
    void onlyTheCoursesInstructorOrAnAdminGrades() {
        AssignmentSubmission submission = submitted(progress(), Optional.empty());
        Actor otherInstructor = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.INSTRUCTOR));
        for (Actor outsider : List.of(student, otherInstructor)) {
            assertThatThrownBy(() -> submission.grade(outsider, course, essay, new Score(90), Optional.empty(), later))
                    .isInstanceOf(AccessDeniedException.class);
        }
        Actor admin = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.ADMIN));
        submission.grade(admin, course, essay, new Score(90), Optional.empty(), later);
        assertThat(submission.awaitsGrading()).isFalse();
    }

    @Test
    void scoresOutsideZeroToHundredAndOverlongFeedbackAreInvalid() {
        assertThatThrownBy(() -> new Score(101)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Score(-1)).isInstanceOf(InvalidValueException.class);
        AssignmentSubmission submission = submitted(progress(), Optional.empty());
        assertThatThrownBy(() -> submission.grade(instructor, course, essay, new Score(80),
                Optional.of("x".repeat(Grade.MAX_FEEDBACK_LENGTH + 1)), later)).isInstanceOf(InvalidValueException.class);
        assertThat(submission.awaitsGrading()).isTrue();
        assertThatThrownBy(() -> new LessonContent.Assignment("Write", ENROLLED, 101))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aSubmittedLessonStillCompletesOnHandInAndMayBeGradedForFeedback() {
        Lesson handIn = assignment(50, CompletionRule.SUBMITTED);
        CourseProgress progress = progress();
        FileId file = FileId.newId();
        progress.submit(student, handIn, file, List.of(handIn), clock);
        AssignmentSubmission submission = AssignmentSubmission.handIn(student.id(), handIn, file, Optional.empty(), clock);

        assertThat(progress.hasCompleted(handIn.id())).isTrue();
        submission.grade(instructor, course, handIn, new Score(10), Optional.of("Weak"), later);
        assertThat(progress.hasCompleted(handIn.id())).isTrue();
    }
}
