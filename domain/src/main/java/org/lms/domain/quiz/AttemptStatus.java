package org.lms.domain.quiz;

/** Where an attempt is: open for answers, submitted by the student, or closed by the server after its deadline. */
public enum AttemptStatus {
    IN_PROGRESS,
    SUBMITTED,
    EXPIRED
}
