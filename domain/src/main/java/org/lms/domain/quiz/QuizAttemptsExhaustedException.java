package org.lms.domain.quiz;

import org.lms.domain.shared.ConflictException;

/** The student used every attempt the quiz allows. */
public class QuizAttemptsExhaustedException extends ConflictException {

    public QuizAttemptsExhaustedException(QuizId id, int maxAttempts) {
        super("quiz-attempts-exhausted", "All " + maxAttempts + " attempts at quiz " + id + " are used");
    }
}
