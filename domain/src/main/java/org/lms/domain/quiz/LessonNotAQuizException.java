package org.lms.domain.quiz;

import org.lms.domain.lesson.LessonId;
import org.lms.domain.shared.ConflictException;

/** Quizzes belong to QUIZ lessons only. */
public class LessonNotAQuizException extends ConflictException {

    public LessonNotAQuizException(LessonId lessonId) {
        super("lesson-not-a-quiz", "Lesson " + lessonId + " is not a QUIZ lesson");
    }
}
