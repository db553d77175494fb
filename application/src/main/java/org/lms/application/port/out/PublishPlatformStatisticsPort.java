package org.lms.application.port.out;

/** Hands the latest platform measurement to the gauges that export it. */
public interface PublishPlatformStatisticsPort {

    void publish(PlatformStatistics statistics);
}
