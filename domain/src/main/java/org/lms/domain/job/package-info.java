/** Background jobs: durable units of work run after the change that caused them has committed. */
package org.lms.domain.job;
