package org.lms.application.port.out;

import org.lms.domain.quiz.Quiz;

/** Stores a new quiz, or replaces a stored one's settings and questions as a whole. */
public interface SaveQuizPort {

    /**
     * Locks the quiz's row until the transaction ends, so that "no attempt exists" stays true while
     * the quiz is replaced: storing an attempt needs a key-share lock on that row (PostgreSQL takes
     * it for the foreign key), so a start waits for the replacement, and one that read the old
     * questions is then refused with {@code QuizChangedException}.
     */
    void lockQuizForChange(org.lms.domain.quiz.QuizId quizId);

    void insertQuiz(Quiz quiz);

    void replaceQuiz(Quiz quiz);
}
