/** What happened to a job when a worker ran it. */
package org.lms.domain.job.event;
