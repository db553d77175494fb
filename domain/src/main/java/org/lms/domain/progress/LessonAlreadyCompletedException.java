package org.lms.domain.progress;

import org.lms.domain.lesson.LessonId;
import org.lms.domain.shared.ConflictException;

/** The student already completed this lesson; completing it again changes nothing and is refused. */
public class LessonAlreadyCompletedException extends ConflictException {

    public LessonAlreadyCompletedException(LessonId lessonId) {
        super("lesson-already-completed", "Lesson " + lessonId + " is already completed");
    }
}
