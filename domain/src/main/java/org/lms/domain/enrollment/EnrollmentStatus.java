package org.lms.domain.enrollment;

/** Whether the student currently takes the course or has left it. */
public enum EnrollmentStatus {
    ACTIVE,
    DROPPED
}
