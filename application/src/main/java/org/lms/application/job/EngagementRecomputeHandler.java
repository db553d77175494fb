package org.lms.application.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lms.application.port.out.RecomputeEngagementPort;
import org.lms.application.port.out.RecomputeEngagementPort.RecentActivity;
import org.lms.domain.engagement.EngagementScore;
import org.lms.domain.job.JobType;

/**
 * Recomputes every active enrollment's engagement score from the completions and quiz attempts of the last 30 days
 * (the only ones the formula reads, so the cost follows recent activity and the number of active
 * enrollments, not the history). Idempotent: each run replaces all scores.
 */
@ApplicationScoped
public class EngagementRecomputeHandler implements JobHandler {

    private RecomputeEngagementPort engagement;
    private Clock clock;

    protected EngagementRecomputeHandler() {
    }

    @Inject
    public EngagementRecomputeHandler(RecomputeEngagementPort engagement, Clock clock) {
        this.engagement = engagement;
        this.clock = clock;
    }

    @Override
    public JobType type() {
        return JobType.ENGAGEMENT_RECOMPUTE;
    }

    @Override
    public void handle(String payload) {
        Instant now = clock.instant();
        Map<RecentActivity, EngagementScore> scores = new LinkedHashMap<>();
        for (RecentActivity activity : engagement.recentActivity(now.minus(Duration.ofDays(EngagementScore.WINDOW_DAYS)))) {
            scores.put(activity, EngagementScore.of(activity.completions(), activity.quizAttempts(), now));
        }
        engagement.replaceScores(scores, now);
    }
}
