package org.lms.domain.quiz;

import org.lms.domain.shared.ConflictException;

/** The attempt was already submitted; it takes no more answers and no second submission. */
public class QuizAttemptClosedException extends ConflictException {

    public QuizAttemptClosedException(QuizAttemptId id) {
        super("quiz-attempt-already-submitted", "Quiz attempt " + id + " is already submitted");
    }
}
