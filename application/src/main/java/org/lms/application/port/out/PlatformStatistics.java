package org.lms.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.lms.domain.identity.Role;

/**
 * The platform measured at {@code measuredAt} by a METRICS_REFRESH job, for gauges that would
 * otherwise aggregate tables on every scrape. Missing map entries count zero.
 *
 * @param activeUsers users with an authenticated request in each window, by role (a user holding
 *     two roles counts in both)
 * @param completionRate completed active enrollments / active enrollments (0 when there are none)
 * @param engagementAverage mean stored engagement score (0 when none is stored)
 * @param engagementBands stored scores per band ("0-20" .. "80-100")
 * @param submissionsAwaitingGrading assignment submissions not graded yet
 * @param oldestSubmissionAge age of the oldest of those (0 when none)
 * @param quizAttemptsToReview quiz attempts awaiting review by the course's staff
 * @param oldestQuizAttemptAge time since the oldest of those closed (0 when none)
 */
public record PlatformStatistics(Instant measuredAt, Map<Role, Map<ActivityWindow, Long>> activeUsers,
                                 double completionRate, double engagementAverage, Map<String, Long> engagementBands,
                                 long submissionsAwaitingGrading, Duration oldestSubmissionAge,
                                 long quizAttemptsToReview, Duration oldestQuizAttemptAge) {

    public PlatformStatistics {
        Objects.requireNonNull(measuredAt, "measuredAt");
        activeUsers = Map.copyOf(activeUsers);
        engagementBands = Map.copyOf(engagementBands);
        Objects.requireNonNull(oldestSubmissionAge, "oldestSubmissionAge");
        Objects.requireNonNull(oldestQuizAttemptAge, "oldestQuizAttemptAge");
    }

    /** Before the first measurement. */
    public static PlatformStatistics none() {
        return new PlatformStatistics(Instant.EPOCH, Map.of(), 0, 0, Map.of(), 0, Duration.ZERO, 0, Duration.ZERO);
    }

    public long activeUsers(Role role, ActivityWindow window) {
        return activeUsers.getOrDefault(role, Map.of()).getOrDefault(window, 0L);
    }

    public long engagementBand(String band) {
        return engagementBands.getOrDefault(band, 0L);
    }
}
