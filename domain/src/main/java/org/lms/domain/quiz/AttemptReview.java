package org.lms.domain.quiz;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.InvalidValueException;
import org.lms.domain.shared.Text;

/**
 * The course staff's decision on a failed last attempt: {@code extraAttempts} (0..{@value #MAX_EXTRA_ATTEMPTS})
 * more attempts for the student, 0 to close the case as it stands, and an optional note of at most
 * {@value #MAX_NOTE_LENGTH} characters that the student reads with the attempt.
 */
public record AttemptReview(UserId reviewerId, Instant reviewedAt, int extraAttempts, Optional<String> note) {

    public static final int MAX_EXTRA_ATTEMPTS = 10;
    public static final int MAX_NOTE_LENGTH = 2000;

    public AttemptReview {
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        if (extraAttempts < 0 || extraAttempts > MAX_EXTRA_ATTEMPTS) {
            throw new InvalidValueException("extraAttempts",
                    "extraAttempts must be between 0 and " + MAX_EXTRA_ATTEMPTS);
        }
        note = Objects.requireNonNull(note, "note").map(text -> Text.require("note", text, 0, MAX_NOTE_LENGTH, true))
                .filter(text -> !text.isEmpty());
    }
}
