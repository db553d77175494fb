package org.lms.domain.ratelimit;

/** What a limit does while its counters cannot be read. */
public enum WhenUnavailable {
    /** Let the request through: losing the limit briefly costs less than refusing every caller. */
    ALLOW,
    /** Refuse the request: an unlimited window would let brute force through. */
    REFUSE
}
