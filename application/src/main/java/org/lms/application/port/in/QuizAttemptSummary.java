package org.lms.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lms.domain.quiz.AttemptReview;
import org.lms.domain.quiz.AttemptStatus;
import org.lms.domain.quiz.Grade;
import org.lms.domain.quiz.QuizAttempt;

/** An attempt without its questions: who, which, when, once closed its score, and once reviewed the review. */
public record QuizAttemptSummary(UUID id, UUID quizId, UUID studentId, int number, AttemptStatus status,
                                 Instant startedAt, Optional<Instant> dueAt, Optional<Instant> closedAt,
                                 Optional<Integer> pointsEarned, Optional<Integer> pointsTotal,
                                 Optional<BigDecimal> scorePercent, Optional<Boolean> passed,
                                 Optional<AttemptReview> review) {

    public static QuizAttemptSummary of(QuizAttempt attempt) {
        Optional<Grade> grade = attempt.grade();
        return new QuizAttemptSummary(attempt.id().value(), attempt.quizId().value(), attempt.studentId().value(),
                attempt.number(), attempt.status(), attempt.startedAt(), attempt.dueAt(), attempt.closedAt(),
                grade.map(Grade::pointsEarned), grade.map(Grade::pointsTotal), grade.map(Grade::percent),
                grade.map(Grade::passed), attempt.review());
    }
}
