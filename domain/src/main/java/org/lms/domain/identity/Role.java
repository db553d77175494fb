package org.lms.domain.identity;

/** What a user may do in the platform. A user may hold several roles. */
public enum Role {
    STUDENT,
    INSTRUCTOR,
    ADMIN
}
