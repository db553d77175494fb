/** The background job metrics: executions, durations and dead letters from events, queue gauges from the last measurement. */
package org.lms.adapter.out.metrics.job;
