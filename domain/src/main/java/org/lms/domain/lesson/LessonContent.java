package org.lms.domain.lesson;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.lms.domain.file.FileId;
import org.lms.domain.shared.InvalidValueException;
import org.lms.domain.shared.Text;

/** What a lesson holds; each kind validates itself when built. */
public sealed interface LessonContent {

    LessonType type();

    /** A video at an https URL, with its running time. */
    record Video(String url, int durationSeconds) implements LessonContent {

        public static final int MAX_URL_LENGTH = 2000;
        public static final int MAX_DURATION_SECONDS = 24 * 60 * 60;

        public Video {
            url = Text.require("videoUrl", url, 1, MAX_URL_LENGTH, false);
            requireHttpsUrl(url);
            if (durationSeconds < 1 || durationSeconds > MAX_DURATION_SECONDS) {
                throw new InvalidValueException("durationSeconds",
                        "durationSeconds must be between 1 and " + MAX_DURATION_SECONDS);
            }
        }

        private static void requireHttpsUrl(String url) {
            try {
                URI uri = new URI(url);
                boolean https = uri.getScheme() != null && uri.getScheme().toLowerCase(Locale.ROOT).equals("https");
                if (!https || uri.getHost() == null || uri.getUserInfo() != null) {
                    throw new InvalidValueException("videoUrl", "videoUrl must be an https URL with a host");
                }
            } catch (URISyntaxException e) {
                throw new InvalidValueException("videoUrl", "videoUrl is not a valid URL");
            }
        }

        @Override
        public LessonType type() {
            return LessonType.VIDEO;
        }
    }

    /** Markdown or plain text source; it is stored as written and rendered safely at the edge. */
    record TextBody(String source) implements LessonContent {

        public static final int MAX_LENGTH = 100_000;

        public TextBody {
            source = Text.require("text", source, 1, MAX_LENGTH, true);
        }

        @Override
        public LessonType type() {
            return LessonType.TEXT;
        }
    }

    /** An uploaded file of the same course. */
    record Material(FileId fileId) implements LessonContent {

        public Material {
            Objects.requireNonNull(fileId, "fileId");
        }

        @Override
        public LessonType type() {
            return LessonType.FILE;
        }
    }

    /** A quiz, by id; quizzes themselves live elsewhere. */
    record Quiz(UUID quizId) implements LessonContent {

        public Quiz {
            if (quizId == null) {
                throw new InvalidValueException("quizId", "quizId is required");
            }
        }

        @Override
        public LessonType type() {
            return LessonType.QUIZ;
        }
    }

    /**
     * Work students hand in as text or a file before the due date. {@code passScore} (0..100) is the
     * lowest grade that passes; it decides completion only under the GRADED rule.
     */
    record Assignment(String instructions, Instant dueAt, int passScore) implements LessonContent {

        public static final int MAX_LENGTH = 20_000;
        public static final int DEFAULT_PASS_SCORE = 50;

        public Assignment {
            instructions = Text.require("instructions", instructions, 1, MAX_LENGTH, true);
            if (dueAt == null) {
                throw new InvalidValueException("dueAt", "dueAt is required");
            }
            if (passScore < 0 || passScore > 100) {
                throw new InvalidValueException("passScore", "passScore must be between 0 and 100");
            }
        }

        public Assignment(String instructions, Instant dueAt) {
            this(instructions, dueAt, DEFAULT_PASS_SCORE);
        }

        @Override
        public LessonType type() {
            return LessonType.ASSIGNMENT;
        }
    }
}
