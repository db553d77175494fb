package org.lms.domain.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * The answer for one request. A counted decision knows the limit, what remains of it and when the
 * window resets; an unchecked one was taken by {@link WhenUnavailable} without any counter.
 */
public record Decision(Verdict verdict, int limit, long remaining, Duration resetAfter) {

    /** How the decision was reached. */
    public enum Verdict {
        ALLOWED, LIMITED, UNCHECKED_ALLOWED, UNCHECKED_REFUSED
    }

    public Decision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(resetAfter, "resetAfter");
        if (remaining < 0) {
            throw new IllegalArgumentException("remaining must not be negative");
        }
    }

    static Decision counted(boolean allowed, int limit, long remaining, Duration resetAfter) {
        return new Decision(allowed ? Verdict.ALLOWED : Verdict.LIMITED, limit, remaining, resetAfter);
    }

    /** The decision when the counters cannot be read, following the policy's {@link WhenUnavailable}. */
    public static Decision unchecked(LimitPolicy policy) {
        Verdict verdict = policy.whenUnavailable() == WhenUnavailable.ALLOW ? Verdict.UNCHECKED_ALLOWED : Verdict.UNCHECKED_REFUSED;
        return new Decision(verdict, policy.limit(), 0, Duration.ZERO);
    }

    public boolean allowed() {
        return verdict == Verdict.ALLOWED || verdict == Verdict.UNCHECKED_ALLOWED;
    }

    /** Whether a counter was read, so limit, remaining and reset mean something. */
    public boolean counted() {
        return verdict == Verdict.ALLOWED || verdict == Verdict.LIMITED;
    }

    /** Whole seconds until the window resets, rounded up so a client never retries too early. */
    public long resetSeconds() {
        long seconds = resetAfter.toSeconds();
        return resetAfter.toNanosPart() > 0 || seconds == 0 ? seconds + 1 : seconds;
    }
}
