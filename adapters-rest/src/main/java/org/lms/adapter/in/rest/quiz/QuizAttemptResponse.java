package org.lms.adapter.in.rest.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.QuizAttemptSummary;
import org.lms.application.port.in.QuizAttemptView;
import org.lms.domain.quiz.Answer;
import org.lms.domain.quiz.AnswerKey;
import org.lms.domain.quiz.AttemptStatus;
import org.lms.domain.quiz.PresentedQuestion;
import org.lms.domain.quiz.QuestionType;

/**
 * An attempt with its questions in the attempt's order. Before the attempt is closed a student sees
 * no {@code correct} and no answer key; after, {@code correct} per question, and the key
 * ({@code correctOptions}, {@code correctValue}, {@code acceptedAnswers}) only if the quiz reveals answers.
 * {@code review} appears once the course's staff reviewed the attempt.
 */
@Schema(name = "QuizAttempt")
public record QuizAttemptResponse(UUID id, UUID quizId, UUID studentId, int number, AttemptStatus status,
                                  Instant startedAt, Instant dueAt, long graceSeconds, Instant closedAt,
                                  Integer pointsEarned, Integer pointsTotal, BigDecimal scorePercent, Boolean passed,
                                  ReviewResponse review, List<AttemptQuestion> questions) {

    /** An option with its index, which answers name. */
    @Schema(name = "QuizOption")
    public record Option(int index, String text) {
    }

    /** The saved answer: one of the three is set. */
    @Schema(name = "QuizSavedAnswer")
    public record SavedAnswer(Set<Integer> selected, Boolean value, String text) {

        static SavedAnswer of(Answer answer) {
            if (answer instanceof Answer.Choice choice) {
                return new SavedAnswer(choice.selected(), null, null);
            }
            if (answer instanceof Answer.TrueFalse trueFalse) {
                return new SavedAnswer(null, trueFalse.value(), null);
            }
            return new SavedAnswer(null, null, ((Answer.ShortText) answer).text());
        }
    }

    @Schema(name = "QuizAttemptQuestion")
    public record AttemptQuestion(UUID id, QuestionType type, String prompt, int points, List<Option> options,
                                  SavedAnswer answer, Boolean correct, Set<Integer> correctOptions,
                                  Boolean correctValue, List<String> acceptedAnswers) {

        static AttemptQuestion of(PresentedQuestion question) {
            boolean choice = question.type().hasOptions();
            AnswerKey key = question.key().orElse(null);
            return new AttemptQuestion(question.id().value(), question.type(), question.prompt(), question.points(),
                    choice ? question.options().stream().map(o -> new Option(o.index(), o.text())).toList() : null,
                    question.answer().map(SavedAnswer::of).orElse(null), question.correct().orElse(null),
                    key != null && choice ? key.correctOptions() : null, key == null ? null : key.correctValue(),
                    key != null && question.type() == QuestionType.SHORT_ANSWER ? key.acceptedAnswers() : null);
        }
    }

    static QuizAttemptResponse of(QuizAttemptView view) {
        QuizAttemptSummary s = view.summary();
        return new QuizAttemptResponse(s.id(), s.quizId(), s.studentId(), s.number(), s.status(), s.startedAt(),
                s.dueAt().orElse(null), view.graceSeconds(), s.closedAt().orElse(null), s.pointsEarned().orElse(null),
                s.pointsTotal().orElse(null), s.scorePercent().orElse(null), s.passed().orElse(null),
                s.review().map(ReviewResponse::of).orElse(null), view.questions().stream().map(AttemptQuestion::of).toList());
    }
}
