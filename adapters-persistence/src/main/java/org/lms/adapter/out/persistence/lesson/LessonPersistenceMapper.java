package org.lms.adapter.out.persistence.lesson;

import org.lms.domain.course.CourseId;
import org.lms.domain.file.FileId;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.lesson.LessonContent;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.lesson.LessonTitle;

/** Translates between the lesson aggregate and its row; each content type owns its columns. */
final class LessonPersistenceMapper {

    private LessonPersistenceMapper() {
    }

    static Lesson toDomain(LessonJpaEntity row) {
        return Lesson.restore(new LessonId(row.id), new CourseId(row.courseId), row.position,
                new LessonTitle(row.title), content(row), row.completionRule, row.required, row.createdAt,
                row.updatedAt);
    }

    private static LessonContent content(LessonJpaEntity row) {
        return switch (row.type) {
            case VIDEO -> new LessonContent.Video(row.videoUrl, row.durationSeconds);
            case TEXT -> new LessonContent.TextBody(row.body);
            case FILE -> new LessonContent.Material(new FileId(row.fileId));
            case QUIZ -> new LessonContent.Quiz(row.quizId);
            case ASSIGNMENT -> new LessonContent.Assignment(row.body, row.dueAt,
                    row.passScore == null ? LessonContent.Assignment.DEFAULT_PASS_SCORE : row.passScore);
        };
    }

    static LessonJpaEntity toNewEntity(Lesson lesson) {
        LessonJpaEntity row = new LessonJpaEntity();
        row.id = lesson.id().value();
        row.courseId = lesson.courseId().value();
        row.createdAt = lesson.createdAt();
        copyChangeableState(lesson, row);
        return row;
    }

    static void copyChangeableState(Lesson lesson, LessonJpaEntity row) {
        row.position = lesson.position();
        row.title = lesson.title().value();
        row.type = lesson.type();
        row.completionRule = lesson.completionRule();
        row.required = lesson.required();
        row.updatedAt = lesson.updatedAt();
        row.videoUrl = null;
        row.durationSeconds = null;
        row.body = null;
        row.fileId = null;
        row.quizId = null;
        row.dueAt = null;
        row.passScore = null;
        LessonContent content = lesson.content();
        if (content instanceof LessonContent.Video video) {
            row.videoUrl = video.url();
            row.durationSeconds = video.durationSeconds();
        } else if (content instanceof LessonContent.TextBody text) {
            row.body = text.source();
        } else if (content instanceof LessonContent.Material material) {
            row.fileId = material.fileId().value();
        } else if (content instanceof LessonContent.Quiz quiz) {
            row.quizId = quiz.quizId();
        } else if (content instanceof LessonContent.Assignment assignment) {
            row.body = assignment.instructions();
            row.dueAt = assignment.dueAt();
            row.passScore = assignment.passScore();
        }
    }
}
