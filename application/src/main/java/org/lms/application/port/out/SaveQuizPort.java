package org.lms.application.port.out;

import org.lms.domain.quiz.Quiz;

/** Stores a new quiz, or replaces a stored one's settings and questions as a whole. */
public interface SaveQuizPort {

    /**
     * Locks the quiz against attempt starts until the transaction ends (starts hold a shared lock
     * on it through {@link LoadQuizAttemptsPort#lockAttempts}), so that "no attempt exists" stays
     * true while the quiz is replaced.
     */
    void lockQuizForChange(org.lms.domain.quiz.QuizId quizId);

    void insertQuiz(Quiz quiz);

    void replaceQuiz(Quiz quiz);
}
