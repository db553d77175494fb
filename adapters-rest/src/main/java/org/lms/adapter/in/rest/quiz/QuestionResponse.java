package org.lms.adapter.in.rest.quiz;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.domain.quiz.AnswerKey;
import org.lms.domain.quiz.Question;
import org.lms.domain.quiz.QuestionType;

/** A question with its answer key, as the course's staff see it; options in the author's order. */
@Schema(name = "QuizQuestion")
public record QuestionResponse(UUID id, QuestionType type, String prompt, int points, List<String> options,
                               Set<Integer> correctOptions, Boolean correctValue, List<String> acceptedAnswers,
                               Boolean exactMatch) {

    static QuestionResponse of(Question question) {
        AnswerKey key = question.key();
        boolean choice = question.type().hasOptions();
        boolean text = question.type() == QuestionType.SHORT_ANSWER;
        return new QuestionResponse(question.id().value(), question.type(), question.prompt(), question.points(),
                choice ? question.options() : null, choice ? key.correctOptions() : null, key.correctValue(),
                text ? key.acceptedAnswers() : null, text ? key.exactMatch() : null);
    }
}
