package org.lms.application.port.in;

import java.util.List;
import java.util.Objects;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;
import org.lms.domain.lesson.LessonId;

/** Reads a course's lessons in order; those of an unpublished course only for its instructor and admins. */
public interface BrowseLessonsUseCase {

    List<LessonView> list(CourseLessonsQuery query);

    LessonView find(LessonQuery query);

    record CourseLessonsQuery(Actor actor, CourseId courseId) {

        public CourseLessonsQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
        }
    }

    record LessonQuery(Actor actor, CourseId courseId, LessonId lessonId) {

        public LessonQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(lessonId, "lessonId");
        }
    }
}
