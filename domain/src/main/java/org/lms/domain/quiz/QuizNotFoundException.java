package org.lms.domain.quiz;

import org.lms.domain.lesson.LessonId;
import org.lms.domain.shared.NotFoundException;

/** The lesson has no quiz yet (or the caller may not see it). */
public class QuizNotFoundException extends NotFoundException {

    public QuizNotFoundException(LessonId lessonId) {
        super("quiz-not-found", "Lesson " + lessonId + " has no quiz");
    }
}
