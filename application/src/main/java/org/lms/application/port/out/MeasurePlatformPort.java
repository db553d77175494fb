package org.lms.application.port.out;

import java.time.Instant;

/** Aggregates over users, enrollments, engagement scores and submissions, each an indexed or bounded query. */
public interface MeasurePlatformPort {

    PlatformStatistics measurePlatform(Instant now);
}
