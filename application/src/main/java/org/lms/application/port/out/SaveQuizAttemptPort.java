package org.lms.application.port.out;

import org.lms.domain.quiz.QuizAttempt;

/**
 * Stores attempts: a new one with its question and option order, and later its changed answers and,
 * once closed, its status, close time and grade. A second attempt with the same number for the same
 * student and quiz is refused by a unique constraint, the backstop of the lock; an attempt drawn
 * from questions that were replaced meanwhile is refused with {@code QuizChangedException}.
 */
public interface SaveQuizAttemptPort {

    void insertAttempt(QuizAttempt attempt);

    void updateAttempt(QuizAttempt attempt);
}
