package org.lms.domain.assignment;

import org.lms.domain.shared.ConflictException;

/** A grade is final; a failed one is answered by a new submission, not by grading again. */
public class SubmissionAlreadyGradedException extends ConflictException {

    public SubmissionAlreadyGradedException(SubmissionId id) {
        super("submission-already-graded", "Submission " + id + " is already graded");
    }
}
