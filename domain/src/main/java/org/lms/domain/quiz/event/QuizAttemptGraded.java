package org.lms.domain.quiz.event;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.quiz.AttemptStatus;
import org.lms.domain.quiz.QuizAttemptId;
import org.lms.domain.quiz.QuizId;
import org.lms.domain.shared.DomainEvent;

/**
 * An attempt was closed and scored: submitted by the student in time ({@code SUBMITTED}), or closed
 * by the server after its deadline ({@code EXPIRED}, then {@code occurredAt} is the deadline).
 */
public record QuizAttemptGraded(UUID eventId, Instant occurredAt, QuizAttemptId attemptId, QuizId quizId,
                                CourseId courseId, LessonId lessonId, UserId studentId, AttemptStatus status,
                                BigDecimal percent, boolean passed, Instant startedAt) implements DomainEvent {

    public static QuizAttemptGraded of(QuizAttemptId attemptId, QuizId quizId, CourseId courseId, LessonId lessonId,
                                       UserId studentId, AttemptStatus status, BigDecimal percent, boolean passed,
                                       Instant startedAt, Instant closedAt) {
        return new QuizAttemptGraded(UUID.randomUUID(), closedAt, attemptId, quizId, courseId, lessonId, studentId,
                status, percent, passed, startedAt);
    }

    /** Closed by the server after the deadline rather than submitted in time. */
    public boolean late() {
        return status == AttemptStatus.EXPIRED;
    }

    /** Time from the start to the submission or the deadline; never negative. */
    public Duration duration() {
        Duration taken = Duration.between(startedAt, occurredAt);
        return taken.isNegative() ? Duration.ZERO : taken;
    }
}
