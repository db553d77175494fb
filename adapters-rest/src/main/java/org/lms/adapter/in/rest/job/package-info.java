/** The admin endpoints of the background job queue: list jobs (dead letters first of all) and retry a dead one. */
package org.lms.adapter.in.rest.job;
