package org.lms.application.port.in;

import java.time.Instant;
import java.util.UUID;
import org.lms.domain.lesson.CompletionRule;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.lesson.LessonContent;
import org.lms.domain.lesson.LessonType;

/** A lesson as use cases return it; {@code content} is an immutable value of the lesson's type. */
public record LessonView(UUID id, UUID courseId, int position, String title, LessonType type,
                         CompletionRule completionRule, boolean required, LessonContent content, Instant createdAt,
                         Instant updatedAt) {

    public static LessonView of(Lesson lesson) {
        return new LessonView(lesson.id().value(), lesson.courseId().value(), lesson.position(),
                lesson.title().value(), lesson.type(), lesson.completionRule(), lesson.required(), lesson.content(),
                lesson.createdAt(), lesson.updatedAt());
    }
}
