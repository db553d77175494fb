package org.lms.application.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.lms.application.port.out.MeasureJobQueuePort;
import org.lms.application.port.out.MeasurePlatformPort;
import org.lms.application.port.out.PublishJobStatisticsPort;
import org.lms.application.port.out.PublishPlatformStatisticsPort;
import org.lms.domain.job.JobType;

/**
 * Measures the queue and the platform (active users, completion rate, engagement, submissions
 * awaiting grading) and hands the numbers to the gauges, so a scrape reads memory and never
 * aggregates a table itself. Idempotent: each run replaces the previous measurement.
 */
@ApplicationScoped
public class MetricsRefreshHandler implements JobHandler {

    private MeasureJobQueuePort measure;
    private PublishJobStatisticsPort publish;
    private MeasurePlatformPort measurePlatform;
    private PublishPlatformStatisticsPort publishPlatform;
    private Clock clock;

    protected MetricsRefreshHandler() {
    }

    @Inject
    public MetricsRefreshHandler(MeasureJobQueuePort measure, PublishJobStatisticsPort publish,
                                 MeasurePlatformPort measurePlatform, PublishPlatformStatisticsPort publishPlatform,
                                 Clock clock) {
        this.measure = measure;
        this.publish = publish;
        this.measurePlatform = measurePlatform;
        this.publishPlatform = publishPlatform;
        this.clock = clock;
    }

    @Override
    public JobType type() {
        return JobType.METRICS_REFRESH;
    }

    @Override
    public void handle(String payload) {
        Instant now = clock.instant();
        publish.publish(measure.measureQueue(now));
        publishPlatform.publish(measurePlatform.measurePlatform(now));
    }
}
