package org.lms.domain.course;

/** Where a course is in its life: drafted by its instructor, then published for students. */
public enum CourseStatus {
    DRAFT,
    PUBLISHED
}
