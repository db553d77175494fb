package org.lms.adapter.in.rest.assignment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.SubmissionView;

/**
 * An assignment submission as its student and the course's staff see it; {@code status} is
 * AWAITING_GRADING or GRADED, and the grade fields are null until it is graded.
 */
@Schema(name = "Submission")
public record SubmissionResponse(UUID id, UUID courseId, UUID lessonId, UUID studentId, UUID fileId,
                                 Instant submittedAt, String status, Integer score, Boolean passed, String feedback,
                                 UUID gradedBy, Instant gradedAt) {

    static SubmissionResponse of(SubmissionView view) {
        return view.grade().map(grade -> new SubmissionResponse(view.id(), view.courseId(), view.lessonId(),
                        view.studentId(), view.fileId(), view.submittedAt(), "GRADED", grade.score(), grade.passed(),
                        grade.feedback().orElse(null), grade.gradedBy(), grade.gradedAt()))
                .orElseGet(() -> new SubmissionResponse(view.id(), view.courseId(), view.lessonId(), view.studentId(),
                        view.fileId(), view.submittedAt(), "AWAITING_GRADING", null, null, null, null, null));
    }
}
