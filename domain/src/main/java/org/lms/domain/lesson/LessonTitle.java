package org.lms.domain.lesson;

import org.lms.domain.shared.Text;

/** The title of a lesson: 1 to 200 characters on one line. */
public record LessonTitle(String value) {

    public static final int MAX_LENGTH = 200;

    public LessonTitle {
        value = Text.require("title", value, 1, MAX_LENGTH, false);
    }
}
