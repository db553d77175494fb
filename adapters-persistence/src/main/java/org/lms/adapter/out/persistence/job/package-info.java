/** The job table: the outbox insert, claiming with row locks that skip what others hold, and the queue aggregates. */
package org.lms.adapter.out.persistence.job;
