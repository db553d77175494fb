package org.lms.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.lms.domain.identity.UserId;

/** An instructor's workload, read through the {@code report_instructor_workload} view. */
public interface QueryWorkloadPort {

    /**
     * @param oldestSubmissionAt when the oldest submission awaiting grading came in, if any
     * @param oldestQuizAttemptAt when the oldest quiz attempt awaiting review closed, if any
     */
    record Workload(long coursesTaught, long activeStudents, long submissionsAwaitingGrading,
                    Optional<Instant> oldestSubmissionAt, long quizAttemptsToReview,
                    Optional<Instant> oldestQuizAttemptAt) {
    }

    /** Zeros for a user who teaches nothing. */
    Workload findWorkload(UserId instructorId);
}
