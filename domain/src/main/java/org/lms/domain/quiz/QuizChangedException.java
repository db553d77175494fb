package org.lms.domain.quiz;

import org.lms.domain.shared.ConflictException;

/** The quiz was replaced while the attempt was being started; starting again uses the new questions. */
public class QuizChangedException extends ConflictException {

    public QuizChangedException(QuizId id) {
        super("quiz-changed", "Quiz " + id + " was changed while the attempt started; start again");
    }
}
