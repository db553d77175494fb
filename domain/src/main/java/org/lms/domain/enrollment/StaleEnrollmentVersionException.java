package org.lms.domain.enrollment;

import org.lms.domain.shared.ConflictException;

/** Someone else changed the enrollment between reading and writing it. */
public class StaleEnrollmentVersionException extends ConflictException {

    public StaleEnrollmentVersionException(EnrollmentId id) {
        super("stale-version", "Enrollment " + id + " was changed concurrently; retry the request");
    }
}
