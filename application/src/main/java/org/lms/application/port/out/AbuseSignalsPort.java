package org.lms.application.port.out;

import java.time.Duration;

/** Live signals for alerting that are not events: they rise and fall with the traffic. */
public interface AbuseSignalsPort {

    /**
     * One more client address went over the brute-force threshold (failed logins per minute); it
     * counts as over until {@code until} has passed, when its window ends.
     */
    void failureSourceOverThreshold(Duration until);
}
