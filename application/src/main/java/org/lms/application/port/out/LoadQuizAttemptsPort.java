package org.lms.application.port.out;

import java.util.List;
import java.util.Optional;
import org.lms.domain.identity.UserId;
import org.lms.domain.quiz.QuizAttempt;
import org.lms.domain.quiz.QuizAttemptId;
import org.lms.domain.quiz.QuizId;

/**
 * Reads attempts. Changes go through the locking reads: {@link #lockAttempts} serialises everything
 * that counts or closes one student's attempts at one quiz (taken first), {@link #loadAttemptForUpdate}
 * locks one attempt's row; both until the transaction ends.
 */
public interface LoadQuizAttemptsPort {

    Optional<QuizAttempt> loadAttempt(QuizAttemptId id);

    Optional<QuizAttempt> loadAttemptForUpdate(QuizAttemptId id);

    /** The student's attempts at the quiz, by number. */
    List<QuizAttempt> loadAttempts(QuizId quizId, UserId studentId);

    boolean hasAttempts(QuizId quizId);

    /** Blocks until no other transaction holds this student's lock on this quiz, then holds it. */
    void lockAttempts(QuizId quizId, UserId studentId);
}
