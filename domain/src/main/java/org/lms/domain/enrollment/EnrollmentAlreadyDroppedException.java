package org.lms.domain.enrollment;

import org.lms.domain.shared.ConflictException;

/** Dropping is not repeatable: the enrollment has already been given up. */
public class EnrollmentAlreadyDroppedException extends ConflictException {

    public EnrollmentAlreadyDroppedException(EnrollmentId id) {
        super("enrollment-already-dropped", "Enrollment " + id + " is already dropped");
    }
}
