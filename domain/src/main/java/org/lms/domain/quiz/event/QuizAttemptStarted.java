package org.lms.domain.quiz.event;

import java.time.Instant;
import java.util.UUID;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;
import org.lms.domain.quiz.QuizAttemptId;
import org.lms.domain.quiz.QuizId;
import org.lms.domain.shared.DomainEvent;

/** A student started an attempt at a quiz. */
public record QuizAttemptStarted(UUID eventId, Instant occurredAt, QuizAttemptId attemptId, QuizId quizId,
                                 CourseId courseId, UserId studentId) implements DomainEvent {

    public static QuizAttemptStarted of(QuizAttemptId attemptId, QuizId quizId, CourseId courseId, UserId studentId,
                                        Instant at) {
        return new QuizAttemptStarted(UUID.randomUUID(), at, attemptId, quizId, courseId, studentId);
    }
}
