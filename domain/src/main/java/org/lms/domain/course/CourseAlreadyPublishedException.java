package org.lms.domain.course;

import org.lms.domain.shared.ConflictException;

/** Publishing is a one-way step: a published course cannot be published again. */
public class CourseAlreadyPublishedException extends ConflictException {

    public CourseAlreadyPublishedException(CourseId id) {
        super("course-already-published", "Course " + id + " is already published");
    }
}
