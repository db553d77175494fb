package org.lms.domain.assignment.event;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.lms.domain.assignment.SubmissionId;
import org.lms.domain.course.CourseId;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.shared.DomainEvent;

/** A submission was graded; carries the submission time to measure how long grading took. */
public record AssignmentGraded(UUID eventId, Instant occurredAt, SubmissionId submissionId, CourseId courseId,
                               LessonId lessonId, int score, boolean passed, Instant submittedAt)
        implements DomainEvent {

    public static AssignmentGraded of(SubmissionId submissionId, CourseId courseId, LessonId lessonId, int score,
                                      boolean passed, Instant submittedAt, Instant at) {
        return new AssignmentGraded(UUID.randomUUID(), at, submissionId, courseId, lessonId, score, passed,
                submittedAt);
    }

    /** Time from submission to grade; never negative. */
    public Duration gradingDelay() {
        Duration taken = Duration.between(submittedAt, occurredAt);
        return taken.isNegative() ? Duration.ZERO : taken;
    }
}
