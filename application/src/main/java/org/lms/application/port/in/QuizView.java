package org.lms.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lms.domain.quiz.Question;
import org.lms.domain.quiz.Quiz;
import org.lms.domain.quiz.QuizSettings;

/**
 * A quiz as the caller may see it. The course's staff get the questions with their answer keys. An
 * enrolled student gets the settings, the number of questions and points, their own attempts, the
 * attempt that counts by the scoring policy, and how many attempts are left (reviews may grant
 * more than the quiz's maximum); the questions
 * themselves are shown only inside an attempt, where the time limit runs.
 */
public record QuizView(UUID id, UUID courseId, UUID lessonId, QuizSettings settings, int questionCount,
                       int totalPoints, Optional<List<Question>> questions, List<QuizAttemptSummary> attempts,
                       Optional<QuizAttemptSummary> result, Optional<Integer> attemptsLeft, Instant updatedAt) {

    public static QuizView forStaff(Quiz quiz) {
        return new QuizView(quiz.id().value(), quiz.courseId().value(), quiz.lessonId().value(), quiz.settings(),
                quiz.questions().size(), quiz.totalPoints(), Optional.of(quiz.questions()), List.of(),
                Optional.empty(), Optional.empty(), quiz.updatedAt());
    }

    /** @param attemptsAllowed the quiz's maximum plus the attempts granted in reviews; empty when unlimited */
    public static QuizView forStudent(Quiz quiz, List<QuizAttemptSummary> attempts,
                                      Optional<QuizAttemptSummary> result, Optional<Integer> attemptsAllowed) {
        return new QuizView(quiz.id().value(), quiz.courseId().value(), quiz.lessonId().value(), quiz.settings(),
                quiz.questions().size(), quiz.totalPoints(), Optional.empty(), attempts, result,
                attemptsAllowed.map(allowed -> Math.max(0, allowed - attempts.size())), quiz.updatedAt());
    }
}
