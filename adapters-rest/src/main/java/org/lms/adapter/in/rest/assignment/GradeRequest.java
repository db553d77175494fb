package org.lms.adapter.in.rest.assignment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.domain.assignment.Grade;
import org.lms.domain.assignment.Score;

/** Body of grading a submission: {@code score} 0..100, optional {@code feedback}. Unknown fields are refused. */
@Schema(name = "GradeRequest", additionalProperties = Schema.False.class)
public record GradeRequest(
        @NotNull @Min(Score.MIN) @Max(Score.MAX) Integer score,
        @Size(max = Grade.MAX_FEEDBACK_LENGTH) String feedback) {
}
