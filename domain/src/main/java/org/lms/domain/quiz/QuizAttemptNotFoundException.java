package org.lms.domain.quiz;

import org.lms.domain.shared.NotFoundException;

/** No such attempt, or the caller may neither own nor review it. */
public class QuizAttemptNotFoundException extends NotFoundException {

    public QuizAttemptNotFoundException(QuizAttemptId id) {
        super("quiz-attempt-not-found", "No quiz attempt " + id);
    }
}
