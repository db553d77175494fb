package org.lms.adapter.in.rest.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.QuizAttemptSummary;
import org.lms.domain.quiz.AttemptStatus;

/**
 * An attempt without its questions. {@code dueAt} is when the time limit ends (absent when untimed;
 * answers and the submission are taken for {@code graceSeconds} more); the score fields appear once
 * the attempt is SUBMITTED or EXPIRED, {@code review} once the course's staff reviewed it.
 */
@Schema(name = "QuizAttemptSummary")
public record QuizAttemptSummaryResponse(UUID id, UUID quizId, UUID studentId, int number, AttemptStatus status,
                                         Instant startedAt, Instant dueAt, Instant closedAt, Integer pointsEarned,
                                         Integer pointsTotal, BigDecimal scorePercent, Boolean passed,
                                         ReviewResponse review) {

    static QuizAttemptSummaryResponse of(QuizAttemptSummary summary) {
        return new QuizAttemptSummaryResponse(summary.id(), summary.quizId(), summary.studentId(), summary.number(),
                summary.status(), summary.startedAt(), summary.dueAt().orElse(null), summary.closedAt().orElse(null),
                summary.pointsEarned().orElse(null), summary.pointsTotal().orElse(null),
                summary.scorePercent().orElse(null), summary.passed().orElse(null),
                summary.review().map(ReviewResponse::of).orElse(null));
    }
}
