package org.lms.adapter.in.jobs;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.lms.application.port.in.RunJobsUseCase;
import org.lms.domain.job.JobId;

/**
 * Polls the queue every {@code lms.jobs.poll-interval} ms and runs at most {@code lms.jobs.workers}
 * jobs at once on the server's managed executor. Each poll claims only as many jobs as there are
 * free workers, so a claimed job starts at once and its lease runs while it really works. Jobs of
 * a server that stops or dies are taken by another once their lease expires.
 */
@ApplicationScoped
public class JobWorkerPool {

    private static final Logger LOG = Logger.getLogger(JobWorkerPool.class);
    /** How long an undeployment waits for running jobs; those still running are reclaimed after their lease. */
    private static final long DRAIN_SECONDS = 10;

    /** WildFly's default managed scheduled executor, by its global name (also java:comp/DefaultManagedScheduledExecutorService). */
    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService executor;

    private RunJobsUseCase jobs;
    private JobQueueConfiguration configuration;
    private final String worker = "lms-" + UUID.randomUUID();
    private Semaphore freeWorkers;
    private ScheduledFuture<?> polling;
    private final Object tick = new Object();
    private volatile boolean stopped;
    private volatile boolean failing;

    protected JobWorkerPool() {
    }

    @Inject
    public JobWorkerPool(RunJobsUseCase jobs, JobQueueConfiguration configuration) {
        this.jobs = jobs;
        this.configuration = configuration;
    }

    /** Observed after the default priority, so the schema migration (an observer of the same event) has run. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
               Object started) {
        if (!configuration.enabled()) {
            LOG.info("Job workers disabled (lms.jobs.enabled=false); jobs are still enqueued");
            return;
        }
        freeWorkers = new Semaphore(configuration.workers());
        long interval = configuration.pollInterval().toMillis();
        polling = executor.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
        LOG.infof("Job workers started: %s polls every %d ms with %d workers", worker, interval, configuration.workers());
    }

    /** Stops polling and lets running jobs finish (for a while) before the application's beans go away. */
    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        stopped = true;
        if (polling == null) {
            return;
        }
        polling.cancel(false);
        synchronized (tick) {
            try {
                if (!freeWorkers.tryAcquire(configuration.workers(), DRAIN_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warn("Stopping with jobs still running; they run again once their lease expires");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One tick. Never throws: a scheduled task that throws is never run again. */
    private void poll() {
        synchronized (tick) {
            if (!stopped) {
                pollOnce();
            }
        }
    }

    private void pollOnce() {
        try {
            jobs.enqueueRecurring();
            int free = freeWorkers.availablePermits();
            if (free > 0) {
                List<JobId> claimed = jobs.claim(worker, free);
                claimed.forEach(this::start);
            }
            if (failing) {
                LOG.info("Job queue reachable again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Job queue poll failed, retrying every tick: %s", e.toString());
                failing = true;
            }
        }
    }

    private void start(JobId id) {
        freeWorkers.acquireUninterruptibly();
        try {
            executor.execute(() -> {
                try {
                    jobs.execute(id, worker);
                } catch (RuntimeException e) {
                    // The outcome could not be recorded (database gone); the lease expires and the job runs again.
                    LOG.warnf("Job %s could not be completed: %s", id, e.toString());
                } finally {
                    freeWorkers.release();
                }
            });
        } catch (RuntimeException e) {
            freeWorkers.release();
            throw e;
        }
    }
}
