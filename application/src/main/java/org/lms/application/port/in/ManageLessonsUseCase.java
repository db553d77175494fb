package org.lms.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;
import org.lms.domain.lesson.CompletionRule;
import org.lms.domain.lesson.LessonContent;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.lesson.LessonTitle;

/** The course's instructor (or an admin) adds, revises, deletes and reorders its lessons. */
public interface ManageLessonsUseCase {

    LessonView add(AddLessonCommand command);

    LessonView revise(ReviseLessonCommand command);

    void delete(DeleteLessonCommand command);

    /** Atomic: every lesson moves, or none does. Returns the lessons in their new order. */
    List<LessonView> reorder(ReorderLessonsCommand command);

    /** Adds a lesson after the course's last one; an empty {@code completionRule} takes the type's default. */
    record AddLessonCommand(Actor actor, CourseId courseId, LessonTitle title, LessonContent content,
                            Optional<CompletionRule> completionRule, boolean required) {

        public AddLessonCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(completionRule, "completionRule");
        }
    }

    record ReviseLessonCommand(Actor actor, CourseId courseId, LessonId lessonId, LessonTitle title,
                               LessonContent content, Optional<CompletionRule> completionRule, boolean required) {

        public ReviseLessonCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(lessonId, "lessonId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(completionRule, "completionRule");
        }
    }

    record DeleteLessonCommand(Actor actor, CourseId courseId, LessonId lessonId) {

        public DeleteLessonCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(lessonId, "lessonId");
        }
    }

    record ReorderLessonsCommand(Actor actor, CourseId courseId, List<LessonId> orderedLessonIds) {

        public ReorderLessonsCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            orderedLessonIds = List.copyOf(orderedLessonIds);
        }
    }
}
