package org.lms.application.port.out;

import java.time.Duration;

/** Live signals for alerting that are not events: they rise and fall with the traffic. */
public interface AbuseSignalsPort {

    /**
     * A client address is over the brute-force threshold (failed logins per minute) until
     * {@code until} has passed. {@code source} names the address opaquely (a hash) and stays the
     * same for it, so that a report for an address already counted extends it instead of counting
     * it twice.
     */
    void failureSourceOverThreshold(String source, Duration until);
}
