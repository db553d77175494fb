package org.lms.adapter.in.rest.lesson;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.domain.file.FileId;
import org.lms.domain.lesson.CompletionRule;
import org.lms.domain.lesson.LessonContent;
import org.lms.domain.lesson.LessonType;
import org.lms.domain.shared.InvalidValueException;

/**
 * Body of creating or replacing a lesson. Which content fields are needed depends on {@code type}:
 * VIDEO {@code videoUrl} + {@code durationSeconds}; TEXT {@code text}; FILE {@code fileId} (an upload
 * of the same course); QUIZ {@code quizId}; ASSIGNMENT {@code instructions} + {@code dueAt}, and
 * optionally {@code passScore} (0..100, default 50: the lowest grade that completes a GRADED assignment).
 * {@code completionRule} defaults to the type's usual one; {@code required} defaults to true.
 */
@Schema(name = "LessonRequest")
public record LessonRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Pattern(regexp = "VIDEO|TEXT|FILE|QUIZ|ASSIGNMENT", message = "must be VIDEO, TEXT, FILE, QUIZ or ASSIGNMENT")
        String type,
        @Pattern(regexp = "VIEWED|SUBMITTED|GRADED|PASSED|MARKED_DONE",
                message = "must be VIEWED, SUBMITTED, GRADED, PASSED or MARKED_DONE")
        String completionRule,
        Boolean required,
        @Size(max = 2000) String videoUrl,
        Long durationSeconds,
        @Size(max = 100_000) String text,
        UUID fileId,
        UUID quizId,
        @Size(max = 20_000) String instructions,
        Instant dueAt,
        Integer passScore) {

    LessonContent content() {
        return switch (LessonType.valueOf(type)) {
            case VIDEO -> new LessonContent.Video(videoUrl, seconds());
            case TEXT -> new LessonContent.TextBody(text);
            case FILE -> new LessonContent.Material(new FileId(require("fileId", fileId)));
            case QUIZ -> new LessonContent.Quiz(quizId);
            case ASSIGNMENT -> new LessonContent.Assignment(instructions, dueAt,
                    passScore == null ? LessonContent.Assignment.DEFAULT_PASS_SCORE : passScore);
        };
    }

    Optional<CompletionRule> rule() {
        return Optional.ofNullable(completionRule).map(CompletionRule::valueOf);
    }

    boolean isRequired() {
        return required == null || required;
    }

    /** Out-of-int values become the domain's own range error instead of overflowing. */
    private int seconds() {
        long value = require("durationSeconds", durationSeconds);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private static <T> T require(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        return value;
    }
}
