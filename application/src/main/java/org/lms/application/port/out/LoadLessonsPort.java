package org.lms.application.port.out;

import java.util.List;
import java.util.Optional;
import org.lms.domain.course.CourseId;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.lesson.LessonId;

/** Reads lesson aggregates. */
public interface LoadLessonsPort {

    Optional<Lesson> loadLesson(LessonId id);

    /** Every lesson of the course, by position. */
    List<Lesson> loadLessons(CourseId courseId);
}
