package org.lms.domain.quiz;

import java.util.List;
import java.util.Optional;

/**
 * A question as one attempt shows it: options in the attempt's order (each with its index in the
 * author's order, which answers name), the saved answer, and only when the disclosure rules allow,
 * whether the answer was correct and the answer key.
 */
public record PresentedQuestion(QuestionId id, QuestionType type, String prompt, int points,
                                List<Option> options, Optional<Answer> answer, Optional<Boolean> correct,
                                Optional<AnswerKey> key) {

    public record Option(int index, String text) {
    }
}
