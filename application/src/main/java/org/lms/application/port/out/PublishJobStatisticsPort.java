package org.lms.application.port.out;

/** Hands the latest queue measurement to whoever exports it (the metrics gauges). */
public interface PublishJobStatisticsPort {

    void publish(JobQueueStatistics statistics);
}
