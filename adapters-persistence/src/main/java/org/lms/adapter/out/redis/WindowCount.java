package org.lms.adapter.out.redis;

import java.time.Duration;

/** The hits counted so far in a window, and the time until it ends. */
record WindowCount(long hits, Duration untilReset) {
}
