package org.lms.domain.quiz;

import org.lms.domain.shared.NotFoundException;

/** The attempt has no such question (a question of another quiz, or no question at all). */
public class QuestionNotFoundException extends NotFoundException {

    public QuestionNotFoundException(QuestionId id) {
        super("quiz-question-not-found", "No question " + id + " in this quiz attempt");
    }
}
