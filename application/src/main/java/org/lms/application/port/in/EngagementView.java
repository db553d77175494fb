package org.lms.application.port.in;

import java.time.Instant;
import java.util.UUID;

/** A stored engagement score with the two numbers it is made of (see {@code EngagementScore}). */
public record EngagementView(UUID courseId, UUID studentId, double score, double recentActivity, int activeDays,
                             Instant computedAt) {
}
