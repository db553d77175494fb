/** Platform-wide aggregates for the METRICS_REFRESH job, and the users' last-seen times they count. */
package org.lms.adapter.out.persistence.platform;
