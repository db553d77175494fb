package org.lms.adapter.in.rest.quiz;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.domain.quiz.Question;
import org.lms.domain.quiz.Quiz;
import org.lms.domain.quiz.QuizSettings;
import org.lms.domain.quiz.ScoringPolicy;

/**
 * Body of creating or replacing a quiz as a whole. {@code timeLimitSeconds} 60..86400 or absent
 * (untimed); {@code maxAttempts} 1..100 or absent (unlimited); {@code scoringPolicy} HIGHEST (default)
 * or LATEST; {@code shuffle} and {@code revealAnswers} default to false. Unknown fields are refused.
 */
@Schema(name = "QuizRequest")
public record QuizRequest(
        @NotNull @Min(0) @Max(100) Integer passMarkPercent,
        @Min(QuizSettings.MIN_TIME_LIMIT_SECONDS) @Max(QuizSettings.MAX_TIME_LIMIT_SECONDS) Long timeLimitSeconds,
        @Min(1) @Max(QuizSettings.MAX_ATTEMPTS) Integer maxAttempts,
        @Pattern(regexp = "HIGHEST|LATEST", message = "must be HIGHEST or LATEST") String scoringPolicy,
        Boolean shuffle,
        Boolean revealAnswers,
        @NotNull @Size(min = 1, max = Quiz.MAX_QUESTIONS) List<@Valid @NotNull QuestionRequest> questions) {

    QuizSettings settings() {
        return new QuizSettings(passMarkPercent, Optional.ofNullable(timeLimitSeconds).map(Duration::ofSeconds),
                Optional.ofNullable(maxAttempts),
                scoringPolicy == null ? ScoringPolicy.HIGHEST : ScoringPolicy.valueOf(scoringPolicy),
                Boolean.TRUE.equals(shuffle), Boolean.TRUE.equals(revealAnswers));
    }

    List<Question> toQuestions() {
        return questions.stream().map(QuestionRequest::toQuestion).toList();
    }
}
