package org.lms.domain.lesson;

import org.lms.domain.course.CourseId;
import org.lms.domain.shared.NotFoundException;

/** No such lesson in this course, or the caller may not see the course. */
public class LessonNotFoundException extends NotFoundException {

    public LessonNotFoundException(CourseId courseId, LessonId lessonId) {
        super("lesson-not-found", "No lesson " + lessonId + " in course " + courseId);
    }
}
