package org.lms.domain.course;

import org.lms.domain.shared.ConflictException;

/** Course codes are unique across the platform. */
public class CourseCodeTakenException extends ConflictException {

    public CourseCodeTakenException(CourseCode code) {
        super("course-code-taken", "Course code " + code.value() + " is already used");
    }
}
