package org.lms.application.port.out;

import java.time.Instant;

/** Aggregates the job table on its indexes; too costly for every scrape, so it runs on a schedule. */
public interface MeasureJobQueuePort {

    JobQueueStatistics measureQueue(Instant now);
}
