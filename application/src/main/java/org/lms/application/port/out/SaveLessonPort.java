package org.lms.application.port.out;

import java.util.List;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.lesson.LessonId;

/** Stores lesson aggregates; a deleted lesson takes its students' completions with it. */
public interface SaveLessonPort {

    Lesson insertLesson(Lesson lesson);

    List<Lesson> updateLessons(List<Lesson> lessons);

    void deleteLesson(LessonId id);
}
