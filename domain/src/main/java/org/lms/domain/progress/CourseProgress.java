package org.lms.domain.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lms.domain.assignment.AssignmentSubmission;
import org.lms.domain.course.CourseId;
import org.lms.domain.enrollment.Enrollment;
import org.lms.domain.enrollment.EnrollmentStatus;
import org.lms.domain.file.FileId;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.UserId;
import org.lms.domain.lesson.CompletionRule;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.lesson.LessonNotFoundException;
import org.lms.domain.progress.event.CourseCompleted;
import org.lms.domain.progress.event.LessonCompleted;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.DomainEvent;

/**
 * One student's progress through one course they are actively enrolled in.
 *
 * <p>Lifecycle: starts empty at enrollment; each lesson is completed at most once, by its own rule
 * (self-reported for VIEWED and MARKED_DONE, by a submission for SUBMITTED, by a passing grade of a
 * submission for GRADED, by quiz grading for PASSED: the first passing attempt completes it). The
 * course is completed, once, when every required lesson of the course is complete; that moment is
 * kept even if lessons are added later.
 */
public final class CourseProgress {

    private final CourseId courseId;
    private final UserId studentId;
    private final Instant enrolledAt;
    private final Map<LessonId, Instant> completed;
    private Instant courseCompletedAt;
    private final List<Completion> newCompletions = new ArrayList<>();
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    /** A lesson completion not stored yet; {@code submission} is set for assignments. */
    public record Completion(LessonId lessonId, Instant completedAt, Optional<FileId> submission) {
    }

    private CourseProgress(CourseId courseId, UserId studentId, Instant enrolledAt, Map<LessonId, Instant> completed,
                           Instant courseCompletedAt) {
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.studentId = Objects.requireNonNull(studentId, "studentId");
        this.enrolledAt = Objects.requireNonNull(enrolledAt, "enrolledAt");
        this.completed = new LinkedHashMap<>(completed);
        this.courseCompletedAt = courseCompletedAt;
    }

    /**
     * The progress of an enrollment, with what is stored so far; refuses a dropped enrollment.
     */
    public static CourseProgress of(Enrollment enrollment, Map<LessonId, Instant> completed,
                                    Optional<Instant> courseCompletedAt) {
        if (enrollment.status() != EnrollmentStatus.ACTIVE) {
            throw new NotEnrolledException(enrollment.courseId());
        }
        return new CourseProgress(enrollment.courseId(), enrollment.studentId(), enrollment.enrolledAt(), completed,
                courseCompletedAt.orElse(null));
    }

    /** The student reports a VIEWED or MARKED_DONE lesson done. */
    public void complete(Actor actor, Lesson lesson, List<Lesson> courseLessons, Clock clock) {
        ensureOpen(actor, lesson);
        if (!lesson.completionRule().isSelfReported()) {
            throw new CompletionRuleMismatchException(lesson.id(), lesson.completionRule());
        }
        record(lesson, Optional.empty(), courseLessons, clock);
    }

    /**
     * The student handed in {@code submission} for an assignment: that completes a SUBMITTED lesson;
     * a GRADED one waits for a passing grade ({@link #completeGraded}).
     */
    public void submit(Actor actor, Lesson lesson, FileId submission, List<Lesson> courseLessons, Clock clock) {
        ensureOpen(actor, lesson);
        if (lesson.completionRule() == CompletionRule.GRADED) {
            return;
        }
        if (lesson.completionRule() != CompletionRule.SUBMITTED) {
            throw new CompletionRuleMismatchException(lesson.id(), lesson.completionRule());
        }
        record(lesson, Optional.of(submission), courseLessons, clock);
    }

    /**
     * Quiz grading found a passing attempt at the quiz of a PASSED lesson. The first pass completes
     * the lesson (and maybe the course); a later pass changes nothing. Answers whether this one completed it.
     */
    public boolean recordQuizPassed(Lesson lesson, List<Lesson> courseLessons, Clock clock) {
        if (!lesson.belongsTo(courseId)) {
            throw new LessonNotFoundException(courseId, lesson.id());
        }
        if (lesson.completionRule() != CompletionRule.PASSED) {
            throw new CompletionRuleMismatchException(lesson.id(), lesson.completionRule());
        }
        if (completed.containsKey(lesson.id())) {
            return false;
        }
        record(lesson, Optional.empty(), courseLessons, clock);
        return true;
    }

    /** A passing grade of the student's {@code submission} completes a GRADED lesson. */
    public void completeGraded(Lesson lesson, AssignmentSubmission submission, List<Lesson> courseLessons,
                               Clock clock) {
        if (!submission.studentId().equals(studentId) || !submission.lessonId().equals(lesson.id())) {
            throw new IllegalArgumentException("Submission " + submission.id() + " is not this student's for this lesson");
        }
        if (lesson.completionRule() != CompletionRule.GRADED || !submission.passed()) {
            throw new CompletionRuleMismatchException(lesson.id(), lesson.completionRule());
        }
        if (!lesson.belongsTo(courseId)) {
            throw new LessonNotFoundException(courseId, lesson.id());
        }
        if (completed.containsKey(lesson.id())) {
            throw new LessonAlreadyCompletedException(lesson.id());
        }
        record(lesson, Optional.of(submission.fileId()), courseLessons, clock);
    }

    private void ensureOpen(Actor actor, Lesson lesson) {
        if (!actor.requireUser().id().equals(studentId)) {
            throw new AccessDeniedException("Only the student completes their own lessons");
        }
        if (!lesson.belongsTo(courseId)) {
            throw new LessonNotFoundException(courseId, lesson.id());
        }
        if (completed.containsKey(lesson.id())) {
            throw new LessonAlreadyCompletedException(lesson.id());
        }
    }

    private void record(Lesson lesson, Optional<FileId> submission, List<Lesson> courseLessons, Clock clock) {
        Instant now = clock.instant();
        completed.put(lesson.id(), now);
        newCompletions.add(new Completion(lesson.id(), now, submission));
        pendingEvents.add(LessonCompleted.of(courseId, lesson.id(), lesson.type(), studentId, now));
        boolean allRequiredDone = courseLessons.stream().filter(Lesson::required)
                .allMatch(required -> completed.containsKey(required.id()));
        if (courseCompletedAt == null && allRequiredDone) {
            courseCompletedAt = now;
            pendingEvents.add(CourseCompleted.of(courseId, studentId, enrolledAt, now));
        }
    }

    /** Completions recorded since this object was built, for storing. */
    public List<Completion> newCompletions() {
        return List.copyOf(newCompletions);
    }

    /** Hands over the events raised since the last call, and forgets them. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    public CourseId courseId() {
        return courseId;
    }

    public UserId studentId() {
        return studentId;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public boolean hasCompleted(LessonId lesson) {
        return completed.containsKey(lesson);
    }

    public Optional<Instant> courseCompletedAt() {
        return Optional.ofNullable(courseCompletedAt);
    }
}
