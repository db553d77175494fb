package org.lms.adapter.in.rest.engagement;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.EngagementView;

/** A student's engagement score in a course with the two parts it is computed from. */
@Schema(name = "Engagement")
public record EngagementResponse(UUID courseId, UUID studentId, double score,
                                 @Schema(description = "Sum of 2^(-age in days / 7) over the completions of the last 30 days")
                                 double recentActivity,
                                 @Schema(description = "Distinct UTC days with a completion in the last 30 days")
                                 int activeDays, Instant computedAt) {

    static EngagementResponse of(EngagementView view) {
        return new EngagementResponse(view.courseId(), view.studentId(), view.score(), view.recentActivity(),
                view.activeDays(), view.computedAt());
    }
}
