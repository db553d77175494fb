package org.lms.domain.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lms.domain.job.event.JobExecuted;
import org.lms.domain.shared.DomainEvent;
import org.lms.domain.shared.InvalidValueException;
import org.lms.domain.shared.Text;

/**
 * A unit of background work, stored in the same transaction as the change that asks for it.
 *
 * <p>Lifecycle: enqueued {@link JobState#PENDING}; a worker claims it (RUNNING, with a lease until
 * {@code lockedUntil}; each claim counts one attempt); the handler's success makes it SUCCEEDED; a
 * failure makes it PENDING again after a back-off, or DEAD once {@code maxAttempts} attempts have
 * failed. A RUNNING job whose lease has expired (its worker died) may be claimed again. An admin
 * sends a DEAD job back to PENDING with its attempts reset.
 *
 * <p>Invariants: the idempotency key is unique per type, so enqueuing the same logical job twice
 * stores it once; payloads are small JSON texts that never hold secrets; {@code lastError} is a
 * one-line, bounded summary, never a stack trace.
 */
public final class Job {

    public static final int MAX_PAYLOAD_LENGTH = 4000;
    public static final int MAX_KEY_LENGTH = 200;
    public static final int MAX_ERROR_LENGTH = 500;

    private final JobId id;
    private final JobType type;
    private final String idempotencyKey;
    private final String payload;
    private final int maxAttempts;
    private final Instant createdAt;
    private final long version;
    private JobState state;
    private int attempts;
    private Instant runAfter;
    private String lockedBy;
    private Instant lockedUntil;
    private String lastError;
    private Instant updatedAt;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private Job(JobId id, JobType type, String idempotencyKey, String payload, JobState state, int attempts,
                int maxAttempts, Instant runAfter, String lockedBy, Instant lockedUntil, String lastError,
                Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.type = Objects.requireNonNull(type, "type");
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.state = Objects.requireNonNull(state, "state");
        this.attempts = attempts;
        this.maxAttempts = maxAttempts;
        this.runAfter = Objects.requireNonNull(runAfter, "runAfter");
        this.lockedBy = lockedBy;
        this.lockedUntil = lockedUntil;
        this.lastError = lastError;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    /** A new job, due now. */
    public static Job enqueue(JobType type, String idempotencyKey, String payload, int maxAttempts, Instant now) {
        String key = Text.require("idempotencyKey", idempotencyKey, 1, MAX_KEY_LENGTH, false);
        String json = Text.require("payload", payload, 2, MAX_PAYLOAD_LENGTH, true);
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new InvalidValueException("maxAttempts", "maxAttempts must be between 1 and 100");
        }
        return new Job(JobId.newId(), type, key, json, JobState.PENDING, 0, maxAttempts, now, null, null, null,
                now, now, 0);
    }

    /** Rebuilds a stored job; raises no events. */
    public static Job restore(JobId id, JobType type, String idempotencyKey, String payload, JobState state,
                              int attempts, int maxAttempts, Instant runAfter, String lockedBy, Instant lockedUntil,
                              String lastError, Instant createdAt, Instant updatedAt, long version) {
        return new Job(id, type, idempotencyKey, payload, state, attempts, maxAttempts, runAfter, lockedBy,
                lockedUntil, lastError, createdAt, updatedAt, version);
    }

    /** Whether a worker may take this job at {@code now}: due and pending, or running on an expired lease. */
    public boolean isClaimableAt(Instant now) {
        return switch (state) {
            case PENDING -> !runAfter.isAfter(now);
            case RUNNING -> lockedUntil != null && lockedUntil.isBefore(now);
            case SUCCEEDED, DEAD -> false;
        };
    }

    /** {@code worker} takes the job until {@code leaseUntil}; this starts an attempt. */
    public void claim(String worker, Instant now, Instant leaseUntil) {
        if (!isClaimableAt(now)) {
            throw new IllegalStateException("Job " + id + " is " + state + " and cannot be claimed at " + now);
        }
        state = JobState.RUNNING;
        attempts++;
        lockedBy = Objects.requireNonNull(worker, "worker");
        lockedUntil = leaseUntil;
        updatedAt = now;
    }

    /** Whether {@code worker} still holds the lease it claimed; after a lost lease its result is discarded. */
    public boolean isHeldBy(String worker) {
        return state == JobState.RUNNING && worker.equals(lockedBy);
    }

    /** The handler finished; the job is done for good. */
    public void succeed(Duration took, Instant now) {
        requireRunning();
        state = JobState.SUCCEEDED;
        release(now);
        pendingEvents.add(JobExecuted.of(id, type, JobOutcome.SUCCEEDED, took, now));
    }

    /**
     * The handler failed with {@code error}: the job waits for its next attempt, or is dead once
     * it has used all of them. {@code random} in [0, 1) spreads the back-off.
     */
    public JobOutcome fail(String error, RetryBackoff backoff, double random, Duration took, Instant now) {
        requireRunning();
        lastError = summarize(error);
        JobOutcome outcome;
        if (attempts >= maxAttempts) {
            state = JobState.DEAD;
            outcome = JobOutcome.DEAD;
        } else {
            state = JobState.PENDING;
            runAfter = now.plus(backoff.delayAfter(attempts, random));
            outcome = JobOutcome.RETRIED;
        }
        release(now);
        pendingEvents.add(JobExecuted.of(id, type, outcome, took, now));
        return outcome;
    }

    /** An admin gives a dead job a fresh set of attempts, due now. Its last error stays for reference. */
    public void retryDead(Instant now) {
        if (state != JobState.DEAD) {
            throw new JobNotDeadException(id, state);
        }
        state = JobState.PENDING;
        attempts = 0;
        runAfter = now;
        updatedAt = now;
    }

    private void requireRunning() {
        if (state != JobState.RUNNING) {
            throw new IllegalStateException("Job " + id + " is " + state + ", not RUNNING");
        }
    }

    private void release(Instant now) {
        lockedBy = null;
        lockedUntil = null;
        updatedAt = now;
    }

    /** First line only, bounded: enough to act on, never a stack trace. */
    private static String summarize(String error) {
        String text = error == null || error.isBlank() ? "failed without a message" : error.strip();
        String firstLine = text.lines().findFirst().orElse(text);
        return firstLine.length() <= MAX_ERROR_LENGTH ? firstLine : firstLine.substring(0, MAX_ERROR_LENGTH - 3) + "...";
    }

    /** Hands over the events raised since the last call, and forgets them. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    public JobId id() {
        return id;
    }

    public JobType type() {
        return type;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String payload() {
        return payload;
    }

    public JobState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Instant runAfter() {
        return runAfter;
    }

    public Optional<String> lockedBy() {
        return Optional.ofNullable(lockedBy);
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
