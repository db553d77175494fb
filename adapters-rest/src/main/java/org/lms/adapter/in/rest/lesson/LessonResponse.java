package org.lms.adapter.in.rest.lesson;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.LessonView;
import org.lms.domain.lesson.LessonContent;

/**
 * A lesson as the API shows it; only the content fields of its type are set. {@code text} is the
 * source as written (a JSON string, never markup to insert); {@code html} is its safe rendering.
 */
@Schema(name = "Lesson")
public record LessonResponse(UUID id, UUID courseId, int position, String title, String type, String completionRule,
                             boolean required, String videoUrl, Integer durationSeconds, String text, String html,
                             UUID fileId, UUID quizId, String instructions, Instant dueAt, Integer passScore,
                             Instant createdAt, Instant updatedAt) {

    static LessonResponse of(LessonView view) {
        LessonContent content = view.content();
        String videoUrl = null;
        Integer duration = null;
        String text = null;
        String html = null;
        UUID fileId = null;
        UUID quizId = null;
        String instructions = null;
        Instant dueAt = null;
        Integer passScore = null;
        if (content instanceof LessonContent.Video video) {
            videoUrl = video.url();
            duration = video.durationSeconds();
        } else if (content instanceof LessonContent.TextBody body) {
            text = body.source();
            html = LessonTextRenderer.toHtml(body.source());
        } else if (content instanceof LessonContent.Material material) {
            fileId = material.fileId().value();
        } else if (content instanceof LessonContent.Quiz quiz) {
            quizId = quiz.quizId();
        } else if (content instanceof LessonContent.Assignment assignment) {
            instructions = assignment.instructions();
            html = LessonTextRenderer.toHtml(assignment.instructions());
            dueAt = assignment.dueAt();
            passScore = assignment.passScore();
        }
        return new LessonResponse(view.id(), view.courseId(), view.position(), view.title(), view.type().name(),
                view.completionRule().name(), view.required(), videoUrl, duration, text, html, fileId, quizId,
                instructions, dueAt, passScore, view.createdAt(), view.updatedAt());
    }
}
