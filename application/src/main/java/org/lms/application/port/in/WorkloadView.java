package org.lms.application.port.in;

import java.time.Duration;
import java.util.UUID;

/**
 * What waits for one instructor: the assignment submissions of their courses not graded yet and the
 * quiz attempts awaiting their review, each with the age of the oldest (zero when none).
 */
public record WorkloadView(UUID instructorId, long coursesTaught, long activeStudents, long submissionsAwaitingGrading,
                           Duration oldestSubmissionAge, long quizAttemptsToReview, Duration oldestQuizAttemptAge) {
}
