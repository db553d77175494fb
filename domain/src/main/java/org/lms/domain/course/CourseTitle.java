package org.lms.domain.course;

import org.lms.domain.shared.Text;

/** The human title of a course: 1 to 200 characters on one line. */
public record CourseTitle(String value) {

    public static final int MAX_LENGTH = 200;

    public CourseTitle {
        value = Text.require("title", value, 1, MAX_LENGTH, false);
    }
}
