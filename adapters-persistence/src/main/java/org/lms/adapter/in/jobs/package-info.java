/**
 * Incoming adapter that drives the job queue: the queue settings read from configuration and the
 * bounded worker pool that polls for due jobs on the server's managed scheduled executor.
 */
package org.lms.adapter.in.jobs;
