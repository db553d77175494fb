package org.lms.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lms.domain.job.event.JobExecuted;
import org.lms.domain.shared.InvalidValueException;

class JobTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration TOOK = Duration.ofMillis(40);
    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(2), Duration.ofMinutes(1), 0);

    private static Job pending(int maxAttempts) {
        return Job.enqueue(JobType.METRICS_REFRESH, "key-1", "{}", maxAttempts, T0);
    }

    private static Job claimed(int maxAttempts) {
        Job job = pending(maxAttempts);
        job.claim("worker-a", T0, T0.plus(LEASE));
        return job;
    }

    @Test
    void newJobIsPendingAndDueAtOnce() {
        Job job = pending(3);
        assertThat(job.state()).isEqualTo(JobState.PENDING);
        assertThat(job.attempts()).isZero();
        assertThat(job.isClaimableAt(T0)).isTrue();
        assertThat(job.isClaimableAt(T0.minusMillis(1))).isFalse();
    }

    @Test
    void claimingStartsAnAttemptUnderALease() {
        Job job = claimed(3);
        assertThat(job.state()).isEqualTo(JobState.RUNNING);
        assertThat(job.attempts()).isEqualTo(1);
        assertThat(job.lockedBy()).contains("worker-a");
        assertThat(job.lockedUntil()).contains(T0.plus(LEASE));
        assertThat(job.isHeldBy("worker-a")).isTrue();
        assertThat(job.isHeldBy("worker-b")).isFalse();
    }

    @Test
    void runningJobIsClaimableAgainOnlyAfterItsLeaseExpired() {
        Job job = claimed(3);
        assertThat(job.isClaimableAt(T0.plus(LEASE))).isFalse();
        Instant later = T0.plus(LEASE).plusMillis(1);
        job.claim("worker-b", later, later.plus(LEASE));
        assertThat(job.isHeldBy("worker-b")).isTrue();
        assertThat(job.attempts()).isEqualTo(2);
    }

    @Test
    void successEndsTheJobAndReleasesTheLease() {
        Job job = claimed(3);
        job.succeed(TOOK, T0.plusSeconds(1));
        assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(job.lockedBy()).isEmpty();
        assertThat(job.isClaimableAt(T0.plusSeconds(3600))).isFalse();
        assertThat(job.pullEvents()).singleElement().isInstanceOfSatisfying(JobExecuted.class, e -> {
            assertThat(e.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
            assertThat(e.took()).isEqualTo(TOOK);
        });
    }

    @Test
    void failureBeforeTheLastAttemptSchedulesARetryAfterTheBackOff() {
        Job job = claimed(3);
        Instant now = T0.plusSeconds(1);
        assertThat(job.fail("Course 42 does not exist", backoff, 0.5, TOOK, now)).isEqualTo(JobOutcome.RETRIED);
        assertThat(job.state()).isEqualTo(JobState.PENDING);
        assertThat(job.runAfter()).isEqualTo(now.plusSeconds(2));
        assertThat(job.lastError()).contains("Course 42 does not exist");
        assertThat(job.lockedBy()).isEmpty();

        job.claim("worker-a", now.plusSeconds(2), now.plusSeconds(2).plus(LEASE));
        job.fail("again", backoff, 0.5, TOOK, now.plusSeconds(3));
        assertThat(job.runAfter()).isEqualTo(now.plusSeconds(3).plusSeconds(4));
    }

    @Test
    void failureOfTheLastAttemptDeadLettersTheJob() {
        Job job = claimed(1);
        assertThat(job.fail("boom", backoff, 0.5, TOOK, T0)).isEqualTo(JobOutcome.DEAD);
        assertThat(job.state()).isEqualTo(JobState.DEAD);
        assertThat(job.isClaimableAt(T0.plusSeconds(3600))).isFalse();
        assertThat(job.pullEvents()).singleElement().isInstanceOfSatisfying(JobExecuted.class,
                e -> assertThat(e.outcome()).isEqualTo(JobOutcome.DEAD));
    }

    @Test
    void lastErrorKeepsOneBoundedLineAndNoStackTrace() {
        Job job = claimed(3);
        job.fail("x".repeat(2000) + "\n\tat org.lms.Secret.method(Secret.java:1)", backoff, 0.5, TOOK, T0);
        assertThat(job.lastError().orElseThrow()).hasSize(Job.MAX_ERROR_LENGTH).doesNotContain("Secret");
    }

    @Test
    void deadJobCanBeRetriedByHandWithFreshAttempts() {
        Job job = claimed(1);
        job.fail("boom", backoff, 0.5, TOOK, T0);
        job.retryDead(T0.plusSeconds(60));
        assertThat(job.state()).isEqualTo(JobState.PENDING);
        assertThat(job.attempts()).isZero();
        assertThat(job.runAfter()).isEqualTo(T0.plusSeconds(60));
        assertThat(job.lastError()).contains("boom");
    }

    @Test
    void onlyDeadJobsCanBeRetriedByHand() {
        assertThatThrownBy(() -> pending(3).retryDead(T0)).isInstanceOf(JobNotDeadException.class);
        assertThatThrownBy(() -> claimed(3).retryDead(T0)).isInstanceOf(JobNotDeadException.class);
    }

    @Test
    void finishedOrWaitingJobsCannotSucceedFailOrBeClaimedOutOfTurn() {
        assertThatThrownBy(() -> pending(3).succeed(TOOK, T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pending(3).fail("x", backoff, 0.5, TOOK, T0)).isInstanceOf(IllegalStateException.class);
        Job running = claimed(3);
        assertThatThrownBy(() -> running.claim("worker-b", T0, T0.plus(LEASE))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keyPayloadAndAttemptLimitAreValidated() {
        assertThatThrownBy(() -> Job.enqueue(JobType.EMAIL, " ", "{}", 3, T0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Job.enqueue(JobType.EMAIL, "k", "{\"a\":\"" + "x".repeat(4000) + "\"}", 3, T0))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Job.enqueue(JobType.EMAIL, "k", "{}", 0, T0)).isInstanceOf(InvalidValueException.class);
    }
}
