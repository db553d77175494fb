package org.lms.domain.quiz;

import org.lms.domain.shared.ConflictException;

/** A review is final; more attempts come from reviewing the next failed last attempt. */
public class QuizAttemptAlreadyReviewedException extends ConflictException {

    public QuizAttemptAlreadyReviewedException(QuizAttemptId id) {
        super("quiz-attempt-already-reviewed", "Quiz attempt " + id + " is already reviewed");
    }
}
