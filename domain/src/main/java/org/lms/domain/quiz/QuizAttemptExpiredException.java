package org.lms.domain.quiz;

import org.lms.domain.shared.ConflictException;

/** The attempt's time limit and grace are over: it takes no more answers and no submission. */
public class QuizAttemptExpiredException extends ConflictException {

    public QuizAttemptExpiredException(QuizAttemptId id) {
        super("quiz-attempt-expired", "Quiz attempt " + id + " is past its time limit");
    }
}
