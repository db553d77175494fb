package org.lms.domain.course;

import org.lms.domain.shared.Text;

/** What a course is about: plain text, up to 5000 characters, may span lines, may be empty. */
public record CourseDescription(String value) {

    public static final int MAX_LENGTH = 5000;

    public CourseDescription {
        value = Text.require("description", value == null ? "" : value, 0, MAX_LENGTH, true);
    }
}
