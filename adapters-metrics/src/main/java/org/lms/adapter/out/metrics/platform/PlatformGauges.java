package org.lms.adapter.out.metrics.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.lms.adapter.out.metrics.catalogue.CataloguedMetrics;
import org.lms.application.port.out.ActivityWindow;
import org.lms.application.port.out.PlatformStatistics;
import org.lms.application.port.out.PublishPlatformStatisticsPort;
import org.lms.domain.engagement.EngagementScore;
import org.lms.domain.identity.Role;

/**
 * The platform gauges. They read the last measurement a METRICS_REFRESH job published, from memory:
 * a scrape never queries the database. Until the first refresh every gauge reads 0.
 */
@ApplicationScoped
public class PlatformGauges implements PublishPlatformStatisticsPort {

    private CataloguedMetrics metrics;
    private volatile PlatformStatistics latest = PlatformStatistics.none();

    protected PlatformGauges() {
    }

    @Inject
    public PlatformGauges(CataloguedMetrics metrics) {
        this.metrics = metrics;
    }

    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (Role role : Role.values()) {
            for (ActivityWindow window : ActivityWindow.values()) {
                metrics.gauge("lms_active_users", Map.of("role", role.name().toLowerCase(Locale.ROOT),
                        "window", window.label()), this, gauges -> gauges.latest.activeUsers(role, window));
            }
        }
        metrics.gauge("lms_course_completion_rate", Map.of(), this, gauges -> gauges.latest.completionRate());
        metrics.gauge("lms_engagement_score_average", Map.of(), this, gauges -> gauges.latest.engagementAverage());
        for (String band : EngagementScore.BANDS) {
            metrics.gauge("lms_engagement_scores", Map.of("band", band), this,
                    gauges -> gauges.latest.engagementBand(band));
        }
        metrics.gauge("lms_instructor_submissions_awaiting_grading", Map.of(), this,
                gauges -> gauges.latest.submissionsAwaitingGrading());
        metrics.gauge("lms_instructor_oldest_submission_age_seconds", Map.of(), this,
                gauges -> gauges.latest.oldestSubmissionAge().toMillis() / 1000.0);
        metrics.gauge("lms_instructor_quiz_attempts_awaiting_review", Map.of(), this,
                gauges -> gauges.latest.quizAttemptsToReview());
        metrics.gauge("lms_instructor_oldest_quiz_attempt_review_age_seconds", Map.of(), this,
                gauges -> gauges.latest.oldestQuizAttemptAge().toMillis() / 1000.0);
    }

    @Override
    public void publish(PlatformStatistics statistics) {
        latest = statistics;
    }
}
