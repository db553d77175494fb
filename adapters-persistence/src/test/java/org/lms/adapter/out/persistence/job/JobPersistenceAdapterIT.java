package org.lms.adapter.out.persistence.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lms.adapter.out.persistence.TestPersistence;
import org.lms.application.common.PageRequest;
import org.lms.application.port.out.JobQueueStatistics;
import org.lms.domain.job.Job;
import org.lms.domain.job.JobId;
import org.lms.domain.job.JobState;
import org.lms.domain.job.JobType;
import org.lms.domain.job.RetryBackoff;
import org.lms.domain.job.StaleJobVersionException;

/** The job adapter against a real PostgreSQL with the production migrations. */
class JobPersistenceAdapterIT {

    private static final Duration LEASE = Duration.ofMinutes(1);
    private static TestPersistence db;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @BeforeAll
    static void database() throws Exception {
        db = TestPersistence.open("job_adapter", JobJpaEntity.class);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void emptyQueue() {
        inTransaction(em -> em.createQuery("delete from JobJpaEntity").executeUpdate());
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return db.inTransaction(work);
    }

    private <T> T withJobs(Function<JobPersistenceAdapter, T> work) {
        return inTransaction(em -> work.apply(new JobPersistenceAdapter(em)));
    }

    private Job job(JobType type, String key) {
        return Job.enqueue(type, key, "{\"key\":\"" + key + "\"}", 3, now.minusSeconds(1));
    }

    private JobId enqueue(Job job) {
        withJobs(jobs -> {
            jobs.enqueue(job);
            return null;
        });
        return job.id();
    }

    private Optional<Job> load(JobId id) {
        return withJobs(jobs -> jobs.loadJob(id));
    }

    private List<Job> claim(String worker, Instant at, int limit) {
        return withJobs(jobs -> jobs.claimDue(worker, at, LEASE, limit));
    }

    private int deleteBefore(Instant before) {
        return withJobs(jobs -> jobs.deleteSucceededBefore(before));
    }

    private long count() {
        return inTransaction(em -> em.createQuery("select count(j) from JobJpaEntity j", Long.class).getSingleResult());
    }

    @Test
    void enqueuedJobLoadsBackEqual() {
        Job job = job(JobType.EMAIL, "welcome-1");
        enqueue(job);
        Job loaded = load(job.id()).orElseThrow();
        assertThat(loaded.type()).isEqualTo(JobType.EMAIL);
        assertThat(loaded.idempotencyKey()).isEqualTo("welcome-1");
        assertThat(loaded.payload()).isEqualTo("{\"key\":\"welcome-1\"}");
        assertThat(loaded.state()).isEqualTo(JobState.PENDING);
        assertThat(loaded.runAfter()).isEqualTo(job.runAfter());
        assertThat(loaded.maxAttempts()).isEqualTo(3);
    }

    @Test
    void sameTypeAndKeyIsStoredOnceWithoutBreakingTheTransaction() {
        JobId first = enqueue(job(JobType.EMAIL, "welcome-1"));
        withJobs(jobs -> {
            jobs.enqueue(job(JobType.EMAIL, "welcome-1"));
            jobs.enqueue(job(JobType.ENGAGEMENT_RECOMPUTE, "welcome-1"));
            return null;
        });
        assertThat(count()).isEqualTo(2);
        assertThat(load(first)).isPresent();
    }

    @Test
    void rolledBackEnqueueLeavesNoJob() {
        Job job = job(JobType.EMAIL, "welcome-1");
        assertThatThrownBy(() -> withJobs(jobs -> {
            jobs.enqueue(job);
            throw new IllegalStateException("the change that asked for the job failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count()).isZero();
    }

    @Test
    void claimTakesOnlyDueJobsAndMarksThemRunningUnderALease() {
        JobId due = enqueue(job(JobType.EMAIL, "due"));
        enqueue(Job.enqueue(JobType.EMAIL, "later", "{}", 3, now.plusSeconds(60)));

        List<Job> claimed = claim("worker-a", now, 10);

        assertThat(claimed).extracting(Job::id).containsExactly(due);
        Job stored = load(due).orElseThrow();
        assertThat(stored.state()).isEqualTo(JobState.RUNNING);
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.lockedBy()).contains("worker-a");
        assertThat(stored.lockedUntil()).contains(now.plus(LEASE));
        assertThat(claim("worker-b", now, 10)).isEmpty();
    }

    @Test
    void expiredLeaseIsClaimedAgain() {
        JobId id = enqueue(job(JobType.EMAIL, "crashed"));
        claim("worker-a", now, 10);

        assertThat(claim("worker-b", now.plus(LEASE), 10)).isEmpty();
        List<Job> reclaimed = claim("worker-b", now.plus(LEASE).plusMillis(1), 10);

        assertThat(reclaimed).singleElement().satisfies(job -> {
            assertThat(job.id()).isEqualTo(id);
            assertThat(job.isHeldBy("worker-b")).isTrue();
            assertThat(job.attempts()).isEqualTo(2);
        });
    }

    @Test
    void claimerDoesNotWaitForNorTakeJobsAnotherOpenClaimHolds() throws Exception {
        for (int i = 0; i < 4; i++) {
            enqueue(job(JobType.EMAIL, "job-" + i));
        }
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Job>> first = pool.submit(() -> withJobs(jobs -> {
                List<Job> mine = jobs.claimDue("worker-a", now, LEASE, 2);
                firstClaimed.countDown();
                await(secondDone);
                return mine;
            }));
            assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
            Future<List<Job>> second = pool.submit(() -> claim("worker-b", now, 4));
            List<Job> secondJobs = second.get(10, TimeUnit.SECONDS);
            secondDone.countDown();
            List<Job> firstJobs = first.get(10, TimeUnit.SECONDS);

            assertThat(firstJobs).hasSize(2);
            assertThat(secondJobs).hasSize(2);
            assertThat(ids(firstJobs)).doesNotContainAnyElementsOf(ids(secondJobs));
        } finally {
            secondDone.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void parallelClaimersNeverGetTheSameJob() throws Exception {
        int total = 60;
        for (int i = 0; i < total; i++) {
            enqueue(job(JobType.EMAIL, "job-" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<JobId>>> claimers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String worker = "worker-" + w;
                claimers.add(pool.submit(() -> {
                    List<JobId> mine = new ArrayList<>();
                    List<Job> batch;
                    do {
                        batch = claim(worker, now, 3);
                        mine.addAll(idsOf(batch));
                    } while (!batch.isEmpty());
                    return mine;
                }));
            }
            List<JobId> all = new ArrayList<>();
            for (Future<List<JobId>> claimer : claimers) {
                all.addAll(claimer.get(60, TimeUnit.SECONDS));
            }
            assertThat(all).hasSize(total).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void staleUpdateIsRefused() {
        JobId id = enqueue(job(JobType.EMAIL, "welcome-1"));
        Job claimed = claim("worker-a", now, 1).get(0);
        Job stale = load(id).orElseThrow();
        claimed.succeed(Duration.ofMillis(5), now);
        withJobs(jobs -> jobs.updateJob(claimed));

        stale.fail("late", RetryBackoff.standard(), 0.5, Duration.ofMillis(5), now);
        assertThatThrownBy(() -> withJobs(jobs -> jobs.updateJob(stale))).isInstanceOf(StaleJobVersionException.class);
        assertThat(load(id).orElseThrow().state()).isEqualTo(JobState.SUCCEEDED);
    }

    @Test
    void queueIsMeasuredByTypeAndStateWithTheOldestDueWait() {
        enqueue(Job.enqueue(JobType.EMAIL, "a", "{}", 1, now.minusSeconds(30)));
        enqueue(Job.enqueue(JobType.EMAIL, "b", "{}", 1, now.minusSeconds(10)));
        enqueue(Job.enqueue(JobType.EMAIL, "future", "{}", 1, now.plusSeconds(100)));
        JobId dead = enqueue(Job.enqueue(JobType.ENGAGEMENT_RECOMPUTE, "c", "{}", 1, now.minusSeconds(500)));
        Job claimed = claim("worker-a", now.minusSeconds(400), 1).get(0);
        assertThat(claimed.id()).isEqualTo(dead);
        claimed.fail("boom", RetryBackoff.standard(), 0.5, Duration.ZERO, now);
        withJobs(jobs -> jobs.updateJob(claimed));

        JobQueueStatistics measured = withJobs(jobs -> jobs.measureQueue(now));

        assertThat(measured.depth(JobType.EMAIL, JobState.PENDING)).isEqualTo(3);
        assertThat(measured.depth(JobType.ENGAGEMENT_RECOMPUTE, JobState.DEAD)).isEqualTo(1);
        assertThat(measured.depth(JobType.ENGAGEMENT_RECOMPUTE, JobState.PENDING)).isZero();
        assertThat(measured.oldestPendingAge(JobType.EMAIL)).isEqualTo(Duration.ofSeconds(30));
        assertThat(measured.oldestPendingAge(JobType.ENGAGEMENT_RECOMPUTE)).isZero();
    }

    @Test
    void jobsAreListedByStateAndOldSucceededOnesDeleted() {
        JobId done = enqueue(job(JobType.EMAIL, "done"));
        enqueue(job(JobType.EMAIL, "waiting"));
        Job claimed = claim("worker-a", now, 10).stream()
                .filter(j -> j.id().equals(done)).findFirst().orElseThrow();
        claimed.succeed(Duration.ZERO, now);
        withJobs(jobs -> jobs.updateJob(claimed));

        assertThat(withJobs(jobs -> jobs.listJobs(Optional.of(JobState.SUCCEEDED), new PageRequest(0, 10))).items())
                .singleElement().satisfies(view -> assertThat(view.id()).isEqualTo(done.value()));
        assertThat(withJobs(jobs -> jobs.listJobs(Optional.empty(), new PageRequest(0, 1))).total()).isEqualTo(2);

        assertThat(deleteBefore(now)).isZero();
        assertThat(deleteBefore(now.plusMillis(1))).isEqualTo(1);
        assertThat(count()).isEqualTo(1);
    }

    private static Set<JobId> ids(List<Job> jobs) {
        return new HashSet<>(jobs.stream().map(Job::id).toList());
    }

    private static List<JobId> idsOf(List<Job> jobs) {
        return jobs.stream().map(Job::id).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
