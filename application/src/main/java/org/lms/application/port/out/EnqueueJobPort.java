package org.lms.application.port.out;

import org.lms.domain.job.Job;

/**
 * The transactional outbox: stores a job in the caller's transaction, so it is committed together
 * with the change that asks for it, or not at all. A job whose type and idempotency key are
 * already stored is not stored again; enqueuing the same logical job twice is harmless.
 */
public interface EnqueueJobPort {

    void enqueue(Job job);
}
