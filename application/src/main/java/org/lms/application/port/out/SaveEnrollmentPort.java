package org.lms.application.port.out;

import org.lms.domain.enrollment.Enrollment;

/**
 * Stores enrollment aggregates, returning them as stored with their new version.
 *
 * <p>{@code insertEnrollment} never stores a second enrollment of the same student in the same
 * course: when one already exists (a concurrent request won the race) it returns that one, whose
 * id then differs from the given one. {@code updateEnrollment} refuses a stale version with
 * {@code StaleEnrollmentVersionException}.
 */
public interface SaveEnrollmentPort {

    Enrollment insertEnrollment(Enrollment enrollment);

    Enrollment updateEnrollment(Enrollment enrollment);
}
