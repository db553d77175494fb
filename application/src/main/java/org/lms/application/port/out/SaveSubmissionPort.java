package org.lms.application.port.out;

import org.lms.domain.assignment.AssignmentSubmission;

/** Stores assignment submissions and their grades. */
public interface SaveSubmissionPort {

    void insertSubmission(AssignmentSubmission submission);

    /**
     * Stores the grade of a submission loaded at {@code submission.version()}; one graded concurrently
     * is refused with {@code SubmissionAlreadyGradedException}.
     */
    void saveGrade(AssignmentSubmission submission);
}
