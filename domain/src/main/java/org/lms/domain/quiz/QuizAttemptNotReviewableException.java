package org.lms.domain.quiz;

import org.lms.domain.shared.ConflictException;

/** Only a failed attempt that used the student's last allowed attempt, at a quiz they never passed, is reviewed. */
public class QuizAttemptNotReviewableException extends ConflictException {

    public QuizAttemptNotReviewableException(QuizAttemptId id) {
        super("quiz-attempt-not-reviewable", "Quiz attempt " + id
                + " does not await review: it is open, passed, not the student's last allowed attempt, or the quiz was passed");
    }
}
