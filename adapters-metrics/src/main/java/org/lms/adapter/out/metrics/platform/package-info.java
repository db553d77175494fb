/** Gauges of the platform's state (active users, completion rate, engagement, grading backlog), fed by METRICS_REFRESH jobs. */
package org.lms.adapter.out.metrics.platform;
