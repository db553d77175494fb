package org.lms.domain.assignment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lms.domain.assignment.event.AssignmentGraded;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseId;
import org.lms.domain.file.FileId;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.UserId;
import org.lms.domain.lesson.CompletionRule;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.lesson.LessonContent;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.lesson.LessonNotFoundException;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.DomainEvent;

/**
 * One file a student handed in for an assignment lesson.
 *
 * <p>Lifecycle: handed in (awaiting grading), then graded once by the course's instructor or an
 * admin. Under the GRADED rule a student has at most one submission awaiting grading per lesson; a
 * failed grade is answered by handing in again, a passed one completes the lesson (which
 * {@code CourseProgress} records). Invariants: a grade is never replaced; {@code version} guards
 * concurrent grading.
 */
public final class AssignmentSubmission {

    private final SubmissionId id;
    private final CourseId courseId;
    private final LessonId lessonId;
    private final UserId studentId;
    private final FileId fileId;
    private final Instant submittedAt;
    private final long version;
    private Grade grade;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private AssignmentSubmission(SubmissionId id, CourseId courseId, LessonId lessonId, UserId studentId,
                                 FileId fileId, Instant submittedAt, Grade grade, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.lessonId = Objects.requireNonNull(lessonId, "lessonId");
        this.studentId = Objects.requireNonNull(studentId, "studentId");
        this.fileId = Objects.requireNonNull(fileId, "fileId");
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
        this.grade = grade;
        this.version = version;
    }

    /**
     * {@code student} hands in {@code file} for {@code lesson}; {@code previous} is their latest
     * submission for it, if any. Whether the student may submit at all (enrolled, an assignment lesson
     * not yet complete) is for {@code CourseProgress.submit} to decide first.
     */
    public static AssignmentSubmission handIn(UserId student, Lesson lesson, FileId file,
                                              Optional<AssignmentSubmission> previous, Clock clock) {
        previous.filter(last -> last.awaitsGrading() && lesson.completionRule() == CompletionRule.GRADED)
                .ifPresent(last -> {
                    throw new SubmissionAwaitingGradingException(lesson.id());
                });
        return new AssignmentSubmission(SubmissionId.newId(), lesson.courseId(), lesson.id(), student, file,
                clock.instant(), null, 0);
    }

    /** Rebuilds a stored submission; raises no events. */
    public static AssignmentSubmission restore(SubmissionId id, CourseId courseId, LessonId lessonId,
                                               UserId studentId, FileId fileId, Instant submittedAt,
                                               Optional<Grade> grade, long version) {
        return new AssignmentSubmission(id, courseId, lessonId, studentId, fileId, submittedAt, grade.orElse(null),
                version);
    }

    /**
     * The course's instructor or an admin grades this submission, once; it passes when {@code score}
     * is at least the lesson's pass score.
     */
    public Grade grade(Actor actor, Course course, Lesson lesson, Score score, Optional<String> feedback,
                       Clock clock) {
        Actor.User grader = actor.requireUser();
        if (!course.id().equals(courseId) || !lesson.id().equals(lessonId)) {
            throw new LessonNotFoundException(courseId, lessonId);
        }
        if (!course.canBeManagedBy(grader)) {
            throw new AccessDeniedException("Only the course's instructor or an admin may grade its submissions");
        }
        if (grade != null) {
            throw new SubmissionAlreadyGradedException(id);
        }
        int passScore = lesson.content() instanceof LessonContent.Assignment assignment
                ? assignment.passScore() : LessonContent.Assignment.DEFAULT_PASS_SCORE;
        Instant now = clock.instant();
        grade = new Grade(score, feedback, score.value() >= passScore, grader.id(), now);
        pendingEvents.add(AssignmentGraded.of(id, courseId, lessonId, score.value(), grade.passed(), submittedAt,
                now));
        return grade;
    }

    public boolean awaitsGrading() {
        return grade == null;
    }

    public boolean passed() {
        return grade != null && grade.passed();
    }

    /** Hands over the events raised since the last call, and forgets them. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    public SubmissionId id() {
        return id;
    }

    public CourseId courseId() {
        return courseId;
    }

    public LessonId lessonId() {
        return lessonId;
    }

    public UserId studentId() {
        return studentId;
    }

    public FileId fileId() {
        return fileId;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Optional<Grade> grade() {
        return Optional.ofNullable(grade);
    }

    /** The version this submission was loaded at; storing a grade requires it unchanged. */
    public long version() {
        return version;
    }
}
