package org.lms.application.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.lms.application.port.out.MeasureJobQueuePort;
import org.lms.application.port.out.PublishJobStatisticsPort;
import org.lms.domain.job.JobType;

/**
 * Measures the queue and hands the numbers to the gauges, so a scrape reads memory and never
 * aggregates the job table itself. Idempotent: each run replaces the previous measurement.
 */
@ApplicationScoped
public class MetricsRefreshHandler implements JobHandler {

    private MeasureJobQueuePort measure;
    private PublishJobStatisticsPort publish;
    private Clock clock;

    protected MetricsRefreshHandler() {
    }

    @Inject
    public MetricsRefreshHandler(MeasureJobQueuePort measure, PublishJobStatisticsPort publish, Clock clock) {
        this.measure = measure;
        this.publish = publish;
        this.clock = clock;
    }

    @Override
    public JobType type() {
        return JobType.METRICS_REFRESH;
    }

    @Override
    public void handle(String payload) {
        publish.publish(measure.measureQueue(clock.instant()));
    }
}
