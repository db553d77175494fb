package org.lms.application.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.lms.application.port.out.JobQueuePort;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.domain.job.Job;
import org.lms.domain.job.JobId;

/**
 * Reads a claimed job and records how its run ended, each in a short transaction of its own. A
 * worker that lost its lease meanwhile (another worker reclaimed the job) records nothing.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
public class JobOutcomes {

    private JobQueuePort queue;
    private PublishEventsPort events;
    private JobQueueSettings settings;
    private Clock clock;
    private DoubleSupplier random;

    protected JobOutcomes() {
    }

    @Inject
    public JobOutcomes(JobQueuePort queue, PublishEventsPort events, JobQueueSettings settings, Clock clock) {
        this(queue, events, settings, clock, () -> ThreadLocalRandom.current().nextDouble());
    }

    public JobOutcomes(JobQueuePort queue, PublishEventsPort events, JobQueueSettings settings, Clock clock,
                       DoubleSupplier random) {
        this.queue = queue;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.random = random;
    }

    public Optional<Job> loadHeld(JobId id, String worker) {
        return queue.loadJob(id).filter(job -> job.isHeldBy(worker));
    }

    /** {@code failure} empty means the handler succeeded. */
    public void record(JobId id, String worker, Optional<String> failure, Duration took) {
        Optional<Job> held = loadHeld(id, worker);
        if (held.isEmpty()) {
            return;
        }
        Job job = held.get();
        if (failure.isEmpty()) {
            job.succeed(took, clock.instant());
        } else {
            job.fail(failure.get(), settings.backoff(), random.getAsDouble(), took, clock.instant());
        }
        queue.updateJob(job);
        events.publish(job.pullEvents());
    }
}
