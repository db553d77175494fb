package org.lms.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.lms.application.job.JobHandlers;
import org.lms.application.job.JobOutcomes;
import org.lms.application.job.JobQueueSettings;
import org.lms.application.port.in.RunJobsUseCase;
import org.lms.application.port.out.EnqueueJobPort;
import org.lms.application.port.out.JobQueuePort;
import org.lms.domain.job.Job;
import org.lms.domain.job.JobId;
import org.lms.domain.job.JobType;

/**
 * Claims, runs and records jobs. Not a {@code @UseCase}: each step needs its own transaction
 * (a claim must commit before the work starts, and a failed handler must not take the record of
 * its failure down with it).
 */
@ApplicationScoped
public class RunJobsService implements RunJobsUseCase {

    private JobQueuePort queue;
    private EnqueueJobPort enqueue;
    private JobHandlers handlers;
    private JobOutcomes outcomes;
    private JobQueueSettings settings;
    private Clock clock;
    /** The last refresh slot this instance enqueued, so a tick in the same slot writes nothing. */
    private final AtomicLong lastRecurringSlot = new AtomicLong(-1);
    /** The same for the engagement recomputation, which has an interval of its own. */
    private final AtomicLong lastEngagementSlot = new AtomicLong(-1);

    protected RunJobsService() {
    }

    @Inject
    public RunJobsService(JobQueuePort queue, EnqueueJobPort enqueue, JobHandlers handlers, JobOutcomes outcomes,
                          JobQueueSettings settings, Clock clock) {
        this.queue = queue;
        this.enqueue = enqueue;
        this.handlers = handlers;
        this.outcomes = outcomes;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public List<JobId> claim(String worker, int limit) {
        Instant now = clock.instant();
        return queue.claimDue(worker, now, settings.lease(), limit).stream().map(Job::id).toList();
    }

    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public void execute(JobId id, String worker) {
        Optional<Job> held = outcomes.loadHeld(id, worker);
        if (held.isEmpty()) {
            return;
        }
        Instant started = clock.instant();
        Optional<String> failure = Optional.empty();
        try {
            handlers.run(held.get().type(), held.get().payload());
        } catch (Exception e) {
            failure = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        outcomes.record(id, worker, failure, Duration.between(started, clock.instant()));
    }

    /**
     * Enqueues the METRICS_REFRESH and ENGAGEMENT_RECOMPUTE jobs of their current intervals; the
     * idempotency key is the interval's number, so several workers or nodes enqueue each once. Also
     * forgets old succeeded jobs, which those recurring jobs would otherwise pile up.
     */
    @Override
    @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public void enqueueRecurring() {
        Instant now = clock.instant();
        long engagementSlot = now.toEpochMilli() / settings.engagementRecomputeInterval().toMillis();
        if (lastEngagementSlot.getAndSet(engagementSlot) != engagementSlot) {
            // One attempt, like the refresh: the next interval recomputes everything anyway.
            enqueue.enqueue(Job.enqueue(JobType.ENGAGEMENT_RECOMPUTE, "interval-" + engagementSlot, "{}", 1, now));
        }
        long slot = now.toEpochMilli() / settings.metricsRefreshInterval().toMillis();
        if (lastRecurringSlot.getAndSet(slot) == slot) {
            return;
        }
        // One attempt: a failed refresh is superseded by the next interval's, not retried.
        enqueue.enqueue(Job.enqueue(JobType.METRICS_REFRESH, "interval-" + slot, "{}", 1, now));
        queue.deleteSucceededBefore(now.minus(settings.succeededRetention()));
    }
}
