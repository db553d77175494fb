package org.lms.domain.progress.event;

import java.time.Instant;
import java.util.UUID;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.lesson.LessonType;
import org.lms.domain.shared.DomainEvent;

/** A student completed a lesson by its completion rule. */
public record LessonCompleted(UUID eventId, Instant occurredAt, CourseId courseId, LessonId lessonId,
                              LessonType lessonType, UserId studentId) implements DomainEvent {

    public static LessonCompleted of(CourseId courseId, LessonId lessonId, LessonType type, UserId studentId,
                                     Instant at) {
        return new LessonCompleted(UUID.randomUUID(), at, courseId, lessonId, type, studentId);
    }
}
