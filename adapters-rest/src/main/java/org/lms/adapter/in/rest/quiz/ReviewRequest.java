package org.lms.adapter.in.rest.quiz;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.domain.quiz.AttemptReview;

/**
 * The review of a failed last attempt: {@code extraAttempts} more attempts for the student
 * (0..10; 0 closes the case) and an optional {@code note} for them (up to 2000 characters).
 */
@Schema(name = "QuizAttemptReviewRequest")
public record ReviewRequest(@NotNull @Min(0) @Max(AttemptReview.MAX_EXTRA_ATTEMPTS) Integer extraAttempts,
                            @Size(max = AttemptReview.MAX_NOTE_LENGTH) String note) {
}
