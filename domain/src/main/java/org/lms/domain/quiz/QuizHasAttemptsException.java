package org.lms.domain.quiz;

import org.lms.domain.shared.ConflictException;

/** Questions and settings are fixed once a student started an attempt, so that every attempt is graded alike. */
public class QuizHasAttemptsException extends ConflictException {

    public QuizHasAttemptsException(QuizId id) {
        super("quiz-has-attempts", "Quiz " + id + " has attempts; it can no longer be changed");
    }
}
