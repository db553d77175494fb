package org.lms.domain.assignment;

import org.lms.domain.shared.NotFoundException;

/** No submission has this id. */
public class SubmissionNotFoundException extends NotFoundException {

    public SubmissionNotFoundException(SubmissionId id) {
        super("submission-not-found", "No submission " + id);
    }
}
