package org.lms.application.port.in;

import java.time.Duration;
import java.util.UUID;

/**
 * What waits for one instructor: the assignment submissions of their courses not graded yet. Quiz
 * attempts are not part of it: there are no quiz attempts to review yet.
 */
public record WorkloadView(UUID instructorId, long coursesTaught, long activeStudents, long submissionsAwaitingGrading,
                           Duration oldestSubmissionAge) {
}
