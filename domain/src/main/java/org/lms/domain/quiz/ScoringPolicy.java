package org.lms.domain.quiz;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which closed attempt is the student's result for the quiz. */
public enum ScoringPolicy {
    /** The best score; of equal scores the earliest attempt. */
    HIGHEST,
    /** The most recently closed attempt. */
    LATEST;

    /** The attempt that counts among {@code attempts}; attempts still in progress never count. */
    public Optional<QuizAttempt> resultOf(List<QuizAttempt> attempts) {
        List<QuizAttempt> closed = attempts.stream().filter(attempt -> attempt.grade().isPresent()).toList();
        Comparator<QuizAttempt> byNumber = Comparator.comparingInt(QuizAttempt::number);
        if (this == LATEST) {
            return closed.stream().max(Comparator.comparing((QuizAttempt attempt) -> attempt.closedAt().orElseThrow())
                    .thenComparing(byNumber));
        }
        return closed.stream().max(Comparator.comparing((QuizAttempt attempt) -> attempt.grade().orElseThrow().percent())
                .thenComparing(byNumber.reversed()));
    }
}
