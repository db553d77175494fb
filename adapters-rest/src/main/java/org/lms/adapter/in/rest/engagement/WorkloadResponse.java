package org.lms.adapter.in.rest.engagement;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.WorkloadView;

/** What waits for an instructor: submissions of their courses not graded yet, quiz attempts to review. */
@Schema(name = "Workload")
public record WorkloadResponse(UUID instructorId, long coursesTaught, long activeStudents,
                               long submissionsAwaitingGrading, long oldestSubmissionAgeSeconds,
                               long quizAttemptsToReview, long oldestQuizAttemptAgeSeconds) {

    static WorkloadResponse of(WorkloadView view) {
        return new WorkloadResponse(view.instructorId(), view.coursesTaught(), view.activeStudents(),
                view.submissionsAwaitingGrading(), view.oldestSubmissionAge().toSeconds(),
                view.quizAttemptsToReview(), view.oldestQuizAttemptAge().toSeconds());
    }
}
