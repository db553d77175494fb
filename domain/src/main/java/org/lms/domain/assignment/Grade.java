package org.lms.domain.assignment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.Text;

/**
 * The grade of a submission: the score, optional feedback of at most {@value #MAX_FEEDBACK_LENGTH}
 * characters, whether it reached the lesson's pass score at the time, who graded it and when.
 */
public record Grade(Score score, Optional<String> feedback, boolean passed, UserId gradedBy, Instant gradedAt) {

    public static final int MAX_FEEDBACK_LENGTH = 4000;

    public Grade {
        Objects.requireNonNull(score, "score");
        feedback = Objects.requireNonNull(feedback, "feedback")
                .map(text -> Text.require("feedback", text, 0, MAX_FEEDBACK_LENGTH, true))
                .filter(text -> !text.isEmpty());
        Objects.requireNonNull(gradedBy, "gradedBy");
        Objects.requireNonNull(gradedAt, "gradedAt");
    }
}
