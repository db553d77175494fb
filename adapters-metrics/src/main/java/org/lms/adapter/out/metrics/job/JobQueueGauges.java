package org.lms.adapter.out.metrics.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lms.adapter.out.metrics.catalogue.CataloguedMetrics;
import org.lms.application.port.out.JobQueueStatistics;
import org.lms.application.port.out.PublishJobStatisticsPort;
import org.lms.domain.job.JobState;
import org.lms.domain.job.JobType;

/**
 * The queue gauges. They read the last measurement a METRICS_REFRESH job published, from memory:
 * a scrape never queries the database. Until the first refresh every gauge reads 0.
 */
@ApplicationScoped
public class JobQueueGauges implements PublishJobStatisticsPort {

    static final List<JobState> GAUGED_STATES = List.of(JobState.PENDING, JobState.RUNNING, JobState.DEAD);

    private CataloguedMetrics metrics;
    private volatile JobQueueStatistics latest = new JobQueueStatistics(Instant.EPOCH, Map.of(), Map.of());

    protected JobQueueGauges() {
    }

    @Inject
    public JobQueueGauges(CataloguedMetrics metrics) {
        this.metrics = metrics;
    }

    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (JobType type : JobType.values()) {
            for (JobState state : GAUGED_STATES) {
                metrics.gauge("lms_jobs_queue_depth", Map.of("type", type.name(), "state", state.name()), this,
                        gauges -> gauges.latest.depth(type, state));
            }
            metrics.gauge("lms_jobs_oldest_pending_age_seconds", Map.of("type", type.name()), this,
                    gauges -> gauges.latest.oldestPendingAge(type).toMillis() / 1000.0);
        }
    }

    @Override
    public void publish(JobQueueStatistics statistics) {
        latest = statistics;
    }
}
