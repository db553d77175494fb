package org.lms.domain.abuse;

import java.time.Duration;
import java.util.Objects;

/**
 * One detection rule with its threshold: it fires when an observed count within {@code window}
 * reaches {@code threshold}. Counts that only grow within a window fire exactly once, when they
 * reach it, so one burst is one finding rather than one per further failure.
 */
public record DetectionPolicy(DetectionRule rule, long threshold, Duration window) {

    public DetectionPolicy {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(window, "window");
        if (threshold < 1) {
            throw new IllegalArgumentException("A threshold is at least 1");
        }
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("The window must be positive");
        }
    }

    /** For counts that grow one by one (failures, distinct accounts or addresses): fires on reaching the threshold. */
    public boolean firesOnReaching(long count) {
        return count == threshold;
    }

    /** For a count read once at a moment (failures before a success): fires at the threshold or above. */
    public boolean firesAtLeast(long count) {
        return count >= threshold;
    }
}
