package org.lms.adapter.in.rest.quiz;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.domain.quiz.AttemptReview;

/** The course staff's review of a failed last attempt; the student reads it with the attempt. */
@Schema(name = "QuizAttemptReview")
public record ReviewResponse(UUID reviewerId, Instant reviewedAt, int extraAttempts, String note) {

    static ReviewResponse of(AttemptReview review) {
        return new ReviewResponse(review.reviewerId().value(), review.reviewedAt(), review.extraAttempts(),
                review.note().orElse(null));
    }
}
