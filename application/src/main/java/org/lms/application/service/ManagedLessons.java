package org.lms.application.service;

import java.util.List;
import org.lms.application.port.out.LoadLessonsPort;
import org.lms.domain.course.CourseId;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.lesson.LessonNotFoundException;

/** Loads lessons through the course they belong to: a lesson of another course is not found. */
final class ManagedLessons {

    private final LoadLessonsPort loadLessons;

    ManagedLessons(LoadLessonsPort loadLessons) {
        this.loadLessons = loadLessons;
    }

    Lesson load(CourseId courseId, LessonId lessonId) {
        return loadLessons.loadLesson(lessonId)
                .filter(lesson -> lesson.belongsTo(courseId))
                .orElseThrow(() -> new LessonNotFoundException(courseId, lessonId));
    }

    List<Lesson> all(CourseId courseId) {
        return loadLessons.loadLessons(courseId);
    }
}
