package org.lms.application.port.in;

import java.util.List;
import org.lms.domain.quiz.PresentedQuestion;
import org.lms.domain.quiz.Quiz;
import org.lms.domain.quiz.QuizAttempt;

/**
 * An attempt with its questions as the caller may see them (see {@link QuizAttempt#presentation}):
 * the student sees no answer key before the attempt is closed; the course's staff see it always.
 */
public record QuizAttemptView(QuizAttemptSummary summary, long graceSeconds, List<PresentedQuestion> questions) {

    public static QuizAttemptView of(QuizAttempt attempt, Quiz quiz, boolean reviewer) {
        return new QuizAttemptView(QuizAttemptSummary.of(attempt), QuizAttempt.GRACE.toSeconds(),
                attempt.presentation(quiz, reviewer));
    }
}
