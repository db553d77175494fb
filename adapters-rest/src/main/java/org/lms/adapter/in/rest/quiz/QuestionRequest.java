package org.lms.adapter.in.rest.quiz;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.domain.quiz.AnswerKey;
import org.lms.domain.quiz.Question;
import org.lms.domain.quiz.QuestionId;
import org.lms.domain.quiz.QuestionType;

/**
 * One question of a quiz with its answer key. SINGLE_CHOICE and MULTIPLE_CHOICE: {@code options}
 * (2..10) and {@code correctOptions} (indexes into options, 0-based; exactly one for single choice);
 * TRUE_FALSE: {@code correctValue}; SHORT_ANSWER: {@code acceptedAnswers} (1..10) and {@code exactMatch}
 * (default false: compared case-insensitively; always trimmed). {@code points} 1..100, default 1.
 */
@Schema(name = "QuizQuestionRequest")
public record QuestionRequest(
        @NotNull @Pattern(regexp = "SINGLE_CHOICE|MULTIPLE_CHOICE|TRUE_FALSE|SHORT_ANSWER",
                message = "must be SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE or SHORT_ANSWER") String type,
        @NotBlank @Size(max = Question.MAX_PROMPT_LENGTH) String prompt,
        @Size(max = Question.MAX_OPTIONS) List<@NotNull @Size(max = Question.MAX_OPTION_LENGTH) String> options,
        @Size(max = Question.MAX_OPTIONS) Set<@NotNull Integer> correctOptions,
        Boolean correctValue,
        @Size(max = Question.MAX_ACCEPTED) List<@NotNull @Size(max = Question.MAX_OPTION_LENGTH) String> acceptedAnswers,
        Boolean exactMatch,
        @Min(1) @Max(Question.MAX_POINTS) Integer points) {

    /** A new question (new id): a replaced quiz's questions are new questions. */
    Question toQuestion() {
        return new Question(QuestionId.newId(), QuestionType.valueOf(type), prompt,
                options == null ? List.of() : options,
                new AnswerKey(correctOptions == null ? Set.of() : correctOptions, correctValue,
                        acceptedAnswers == null ? List.of() : acceptedAnswers, Boolean.TRUE.equals(exactMatch)),
                points == null ? Question.DEFAULT_POINTS : points);
    }
}
