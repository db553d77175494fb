package org.lms.application.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;
import org.lms.domain.job.JobType;

/**
 * Finds the handler of a job's type among the deployed ones and runs it in a transaction of its
 * own, so a failing handler rolls back only its own work, never the record of its failure.
 */
@ApplicationScoped
public class JobHandlers {

    private Map<JobType, JobHandler> byType;

    protected JobHandlers() {
    }

    @Inject
    public JobHandlers(Instance<JobHandler> handlers) {
        this((Iterable<JobHandler>) handlers);
    }

    public JobHandlers(Iterable<JobHandler> handlers) {
        Map<JobType, JobHandler> found = new EnumMap<>(JobType.class);
        for (JobHandler handler : handlers) {
            JobHandler previous = found.put(handler.type(), handler);
            if (previous != null) {
                throw new IllegalStateException("Two handlers for " + handler.type() + ": "
                        + previous.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
        this.byType = found;
    }

    /**
     * Runs the handler of {@code type}. A type this deployment has no handler for fails like any
     * other attempt (a job enqueued ahead of the release that handles it waits in DEAD for an
     * admin's retry instead of vanishing).
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public void run(JobType type, String payload) throws Exception {
        JobHandler handler = byType.get(type);
        if (handler == null) {
            throw new IllegalStateException("No handler for " + type + " jobs in this deployment");
        }
        handler.handle(payload);
    }
}
