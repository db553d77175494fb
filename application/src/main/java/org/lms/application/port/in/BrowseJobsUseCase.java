package org.lms.application.port.in;

import java.util.Objects;
import java.util.Optional;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.domain.identity.Actor;
import org.lms.domain.job.JobState;

/** Admins list background jobs, optionally in one state (typically DEAD), most recently changed first. */
public interface BrowseJobsUseCase {

    Page<JobView> list(JobListQuery query);

    record JobListQuery(Actor actor, Optional<JobState> state, PageRequest page) {

        public JobListQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(page, "page");
        }
    }
}
