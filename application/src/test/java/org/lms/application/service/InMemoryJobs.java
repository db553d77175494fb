package org.lms.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.JobView;
import org.lms.application.port.out.EnqueueJobPort;
import org.lms.application.port.out.JobQueuePort;
import org.lms.application.port.out.JobQueueStatistics;
import org.lms.application.port.out.MeasureJobQueuePort;
import org.lms.application.port.out.MeasurePlatformPort;
import org.lms.application.port.out.PlatformStatistics;
import org.lms.application.port.out.PublishPlatformStatisticsPort;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.application.port.out.PublishJobStatisticsPort;
import org.lms.application.port.out.QueryJobsPort;
import org.lms.domain.job.Job;
import org.lms.domain.job.JobId;
import org.lms.domain.job.JobState;
import org.lms.domain.job.JobType;
import org.lms.domain.job.StaleJobVersionException;
import org.lms.domain.shared.DomainEvent;

/** In-memory job ports with the same contract as the database adapter, for service tests. */
final class InMemoryJobs implements EnqueueJobPort, JobQueuePort, QueryJobsPort, MeasureJobQueuePort,
        PublishJobStatisticsPort, PublishEventsPort, MeasurePlatformPort, PublishPlatformStatisticsPort {

    private final Map<JobId, Job> stored = new LinkedHashMap<>();
    final List<DomainEvent> published = new ArrayList<>();
    final List<JobQueueStatistics> statistics = new ArrayList<>();
    final List<PlatformStatistics> platform = new ArrayList<>();

    List<Job> all() {
        return List.copyOf(stored.values());
    }

    int size() {
        return stored.size();
    }

    Job stored(JobId id) {
        return copy(stored.get(id), stored.get(id).version());
    }

    @Override
    public void enqueue(Job job) {
        boolean taken = stored.values().stream()
                .anyMatch(j -> j.type() == job.type() && j.idempotencyKey().equals(job.idempotencyKey()));
        if (!taken) {
            stored.put(job.id(), copy(job, 0));
        }
    }

    @Override
    public List<Job> claimDue(String worker, Instant now, Duration lease, int limit) {
        List<Job> due = stored.values().stream().filter(j -> j.isClaimableAt(now))
                .sorted(Comparator.comparing(Job::runAfter)).limit(limit).toList();
        return due.stream().map(j -> {
            Job claimed = copy(j, j.version());
            claimed.claim(worker, now, now.plus(lease));
            return updateJob(claimed);
        }).toList();
    }

    @Override
    public Optional<Job> loadJob(JobId id) {
        return Optional.ofNullable(stored.get(id)).map(j -> copy(j, j.version()));
    }

    @Override
    public Job updateJob(Job job) {
        if (stored.get(job.id()).version() != job.version()) {
            throw new StaleJobVersionException(job.id());
        }
        stored.put(job.id(), copy(job, job.version() + 1));
        return stored(job.id());
    }

    @Override
    public int deleteSucceededBefore(Instant before) {
        int count = stored.size();
        stored.values().removeIf(j -> j.state() == JobState.SUCCEEDED && j.updatedAt().isBefore(before));
        return count - stored.size();
    }

    @Override
    public Page<JobView> listJobs(Optional<JobState> state, PageRequest page) {
        List<Job> matching = stored.values().stream().filter(j -> state.map(s -> j.state() == s).orElse(true))
                .sorted(Comparator.comparing(Job::updatedAt).reversed()).toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.limit()).map(JobView::of).toList(),
                matching.size(), page.offset(), page.limit());
    }

    @Override
    public JobQueueStatistics measureQueue(Instant now) {
        Map<JobType, Map<JobState, Long>> depth = new EnumMap<>(JobType.class);
        Map<JobType, Duration> oldest = new EnumMap<>(JobType.class);
        for (Job job : stored.values()) {
            if (job.state() != JobState.SUCCEEDED) {
                depth.computeIfAbsent(job.type(), t -> new EnumMap<>(JobState.class)).merge(job.state(), 1L, Long::sum);
            }
            if (job.state() == JobState.PENDING && !job.runAfter().isAfter(now)) {
                Duration waited = Duration.between(job.runAfter(), now);
                oldest.merge(job.type(), waited, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        return new JobQueueStatistics(now, depth, oldest);
    }

    @Override
    public void publish(JobQueueStatistics measured) {
        statistics.add(measured);
    }

    @Override
    public PlatformStatistics measurePlatform(Instant now) {
        return new PlatformStatistics(now, Map.of(), 0, 0, Map.of(), 0, Duration.ZERO, 0, Duration.ZERO);
    }

    @Override
    public void publish(PlatformStatistics measured) {
        platform.add(measured);
    }

    @Override
    public void publish(List<DomainEvent> events) {
        published.addAll(events);
    }

    private static Job copy(Job j, long version) {
        return Job.restore(j.id(), j.type(), j.idempotencyKey(), j.payload(), j.state(), j.attempts(), j.maxAttempts(),
                j.runAfter(), j.lockedBy().orElse(null), j.lockedUntil().orElse(null), j.lastError().orElse(null),
                j.createdAt(), j.updatedAt(), version);
    }
}
