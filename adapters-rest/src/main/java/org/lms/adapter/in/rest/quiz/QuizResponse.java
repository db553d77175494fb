package org.lms.adapter.in.rest.quiz;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.QuizView;
import org.lms.domain.quiz.QuizSettings;
import org.lms.domain.quiz.ScoringPolicy;

/**
 * A quiz. The course's staff get {@code questions} with their answer keys; an enrolled student gets
 * no questions (they come with an attempt) but {@code attempts} (their own), {@code result} (the
 * attempt that counts by the scoring policy) and {@code attemptsLeft} (absent when unlimited).
 */
@Schema(name = "Quiz")
public record QuizResponse(UUID id, UUID courseId, UUID lessonId, int passMarkPercent, Long timeLimitSeconds,
                           Integer maxAttempts, ScoringPolicy scoringPolicy, boolean shuffle, boolean revealAnswers,
                           int questionCount, int totalPoints, List<QuestionResponse> questions,
                           List<QuizAttemptSummaryResponse> attempts, QuizAttemptSummaryResponse result,
                           Integer attemptsLeft, Instant updatedAt) {

    static QuizResponse of(QuizView view) {
        QuizSettings s = view.settings();
        return new QuizResponse(view.id(), view.courseId(), view.lessonId(), s.passMarkPercent(),
                s.timeLimit().map(limit -> limit.toSeconds()).orElse(null), s.maxAttempts().orElse(null),
                s.scoringPolicy(), s.shuffle(), s.revealAnswers(), view.questionCount(), view.totalPoints(),
                view.questions().map(questions -> questions.stream().map(QuestionResponse::of).toList()).orElse(null),
                view.questions().isPresent() ? null
                        : view.attempts().stream().map(QuizAttemptSummaryResponse::of).toList(),
                view.result().map(QuizAttemptSummaryResponse::of).orElse(null), view.attemptsLeft().orElse(null),
                view.updatedAt());
    }
}
