package org.lms.application.port.in;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lms.domain.assignment.AssignmentSubmission;
import org.lms.domain.assignment.Grade;

/** An assignment submission as use cases return it; the grade fields are empty until it is graded. */
public record SubmissionView(UUID id, UUID courseId, UUID lessonId, UUID studentId, UUID fileId, Instant submittedAt,
                             Optional<GradeView> grade) {

    /** A grade as use cases return it. */
    public record GradeView(int score, Optional<String> feedback, boolean passed, UUID gradedBy, Instant gradedAt) {

        public static GradeView of(Grade grade) {
            return new GradeView(grade.score().value(), grade.feedback(), grade.passed(), grade.gradedBy().value(),
                    grade.gradedAt());
        }
    }

    public static SubmissionView of(AssignmentSubmission submission) {
        return new SubmissionView(submission.id().value(), submission.courseId().value(),
                submission.lessonId().value(), submission.studentId().value(), submission.fileId().value(),
                submission.submittedAt(), submission.grade().map(GradeView::of));
    }
}
