package org.lms.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.application.common.PageRequest;
import org.lms.application.job.JobHandler;
import org.lms.application.job.JobHandlers;
import org.lms.application.job.JobOutcomes;
import org.lms.application.job.JobQueueSettings;
import org.lms.application.job.MetricsRefreshHandler;
import org.lms.application.port.in.BrowseJobsUseCase.JobListQuery;
import org.lms.application.port.in.JobView;
import org.lms.application.port.in.RetryJobUseCase.RetryJobCommand;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.job.Job;
import org.lms.domain.job.JobId;
import org.lms.domain.job.JobNotDeadException;
import org.lms.domain.job.JobNotFoundException;
import org.lms.domain.job.JobOutcome;
import org.lms.domain.job.JobState;
import org.lms.domain.job.JobType;
import org.lms.domain.job.RetryBackoff;
import org.lms.domain.job.event.JobExecuted;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.AuthenticationRequiredException;

class JobServicesTest {

    private static final Duration LEASE = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final JobQueueSettings settings = new JobQueueSettings(3,
            new RetryBackoff(Duration.ofSeconds(2), Duration.ofMinutes(1), 0), LEASE, Duration.ofSeconds(15),
            Duration.ofMinutes(10), Duration.ofDays(1));
    private final List<String> handled = new ArrayList<>();
    private final JobHandler email = handler(JobType.EMAIL, payload -> handled.add(payload));
    private final JobHandler engagement = handler(JobType.ENGAGEMENT_RECOMPUTE, payload -> {
        throw new IllegalArgumentException("Course 42 does not exist");
    });
    private final RunJobsService run = new RunJobsService(jobs, jobs,
            new JobHandlers(List.of(email, engagement, new MetricsRefreshHandler(jobs, jobs, jobs, jobs, clock))),
            new JobOutcomes(jobs, jobs, settings, clock, () -> 0.5), settings, clock);
    private final BrowseJobsService browse = new BrowseJobsService(jobs);
    private final RetryJobService retry = new RetryJobService(jobs, clock);
    private final Actor admin = user(Role.ADMIN);

    private interface Work {
        void run(String payload) throws Exception;
    }

    private static JobHandler handler(JobType type, Work work) {
        return new JobHandler() {
            @Override
            public JobType type() {
                return type;
            }

            @Override
            public void handle(String payload) throws Exception {
                work.run(payload);
            }
        };
    }

    private static Actor user(Role role) {
        return Actor.user(new UserId(UUID.randomUUID()), Set.of(role));
    }

    private JobId enqueue(JobType type, String key) {
        Job job = Job.enqueue(type, key, "{\"key\":\"" + key + "\"}", settings.maxAttempts(), clock.instant());
        jobs.enqueue(job);
        return job.id();
    }

    private void runDue() {
        run.claim("worker-a", 10).forEach(id -> run.execute(id, "worker-a"));
    }

    private List<JobOutcome> outcomes() {
        return jobs.published.stream().map(e -> ((JobExecuted) e).outcome()).toList();
    }

    @Test
    void enqueuingTheSameLogicalJobTwiceStoresItOnce() {
        enqueue(JobType.EMAIL, "welcome-1");
        enqueue(JobType.EMAIL, "welcome-1");
        enqueue(JobType.ENGAGEMENT_RECOMPUTE, "welcome-1");
        assertThat(jobs.size()).isEqualTo(2);
    }

    @Test
    void dueJobRunsOnceAndSucceeds() {
        JobId id = enqueue(JobType.EMAIL, "welcome-1");
        runDue();
        runDue();
        assertThat(handled).containsExactly("{\"key\":\"welcome-1\"}");
        assertThat(jobs.stored(id).state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(outcomes()).containsExactly(JobOutcome.SUCCEEDED);
    }

    @Test
    void claimedJobIsNotClaimedAgainWhileItsLeaseHolds() {
        enqueue(JobType.EMAIL, "welcome-1");
        assertThat(run.claim("worker-a", 10)).hasSize(1);
        assertThat(run.claim("worker-b", 10)).isEmpty();
        clock.advance(LEASE.plusSeconds(1));
        assertThat(run.claim("worker-b", 10)).hasSize(1);
    }

    @Test
    void workerThatLostItsLeaseRecordsNothing() {
        JobId id = enqueue(JobType.EMAIL, "welcome-1");
        run.claim("worker-a", 10);
        clock.advance(LEASE.plusSeconds(1));
        run.claim("worker-b", 10);
        run.execute(id, "worker-a");
        assertThat(handled).isEmpty();
        assertThat(jobs.stored(id).isHeldBy("worker-b")).isTrue();
    }

    @Test
    void failingJobIsRetriedAfterTheBackOffThenDeadLettered() {
        JobId id = enqueue(JobType.ENGAGEMENT_RECOMPUTE, "course-42");
        runDue();
        Job afterFirst = jobs.stored(id);
        assertThat(afterFirst.state()).isEqualTo(JobState.PENDING);
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.runAfter()).isEqualTo(clock.instant().plusSeconds(2));
        assertThat(afterFirst.lastError()).contains("IllegalArgumentException: Course 42 does not exist");

        runDue();
        assertThat(jobs.stored(id).attempts()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(2));
        runDue();
        clock.advance(Duration.ofSeconds(4));
        runDue();

        assertThat(jobs.stored(id).state()).isEqualTo(JobState.DEAD);
        assertThat(jobs.stored(id).attempts()).isEqualTo(3);
        assertThat(outcomes()).containsExactly(JobOutcome.RETRIED, JobOutcome.RETRIED, JobOutcome.DEAD);
    }

    @Test
    void jobOfATypeWithoutHandlerFailsWithAClearError() {
        JobId id = enqueue(JobType.CERTIFICATE_ISSUANCE, "certificate-1");
        runDue();
        assertThat(jobs.stored(id).lastError())
                .contains("IllegalStateException: No handler for CERTIFICATE_ISSUANCE jobs in this deployment");
    }

    private long stored(JobType type) {
        return jobs.all().stream().filter(job -> job.type() == type).count();
    }

    @Test
    void metricsRefreshIsEnqueuedOncePerIntervalAndPublishesTheQueue() {
        enqueue(JobType.EMAIL, "welcome-1");
        run.enqueueRecurring();
        run.enqueueRecurring();
        assertThat(stored(JobType.METRICS_REFRESH)).isEqualTo(1);

        run.claim("worker-a", 10).stream().filter(id -> jobs.stored(id).type() == JobType.METRICS_REFRESH)
                .forEach(id -> run.execute(id, "worker-a"));
        assertThat(jobs.statistics).singleElement().satisfies(s -> {
            assertThat(s.depth(JobType.EMAIL, JobState.RUNNING)).isEqualTo(1);
            assertThat(s.depth(JobType.METRICS_REFRESH, JobState.RUNNING)).isEqualTo(1);
            assertThat(s.depth(JobType.EMAIL, JobState.PENDING)).isZero();
        });

        assertThat(jobs.platform).hasSize(1);

        clock.advance(Duration.ofSeconds(15));
        run.enqueueRecurring();
        assertThat(stored(JobType.METRICS_REFRESH)).isEqualTo(2);
    }

    @Test
    void engagementRecomputationIsEnqueuedOncePerItsOwnInterval() {
        run.enqueueRecurring();
        clock.advance(Duration.ofSeconds(15));
        run.enqueueRecurring();
        assertThat(stored(JobType.ENGAGEMENT_RECOMPUTE)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(10));
        run.enqueueRecurring();
        assertThat(stored(JobType.ENGAGEMENT_RECOMPUTE)).isEqualTo(2);
    }

    @Test
    void oldSucceededJobsAreForgotten() {
        JobId id = enqueue(JobType.EMAIL, "welcome-1");
        runDue();
        clock.advance(Duration.ofDays(1).plusSeconds(15));
        run.enqueueRecurring();
        assertThat(jobs.loadJob(id)).isEmpty();
    }

    @Test
    void adminRetriesADeadJobWithFreshAttempts() {
        JobId id = enqueue(JobType.ENGAGEMENT_RECOMPUTE, "course-42");
        for (int i = 0; i < 3; i++) {
            runDue();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(browse.list(new JobListQuery(admin, Optional.of(JobState.DEAD), new PageRequest(0, 10))).items())
                .extracting(JobView::id).containsExactly(id.value());

        JobView retried = retry.retry(new RetryJobCommand(admin, id));
        assertThat(retried.state()).isEqualTo(JobState.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThat(browse.list(new JobListQuery(admin, Optional.of(JobState.DEAD), new PageRequest(0, 10))).total())
                .isZero();
        assertThatThrownBy(() -> retry.retry(new RetryJobCommand(admin, id))).isInstanceOf(JobNotDeadException.class);
    }

    @Test
    void onlyAdminsListAndRetryJobs() {
        JobId id = enqueue(JobType.EMAIL, "welcome-1");
        PageRequest page = new PageRequest(0, 10);
        assertThatThrownBy(() -> browse.list(new JobListQuery(user(Role.INSTRUCTOR), Optional.empty(), page)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> browse.list(new JobListQuery(Actor.anonymous(), Optional.empty(), page)))
                .isInstanceOf(AuthenticationRequiredException.class);
        assertThatThrownBy(() -> retry.retry(new RetryJobCommand(user(Role.STUDENT), id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retry.retry(new RetryJobCommand(admin, JobId.newId())))
                .isInstanceOf(JobNotFoundException.class);
    }
}
