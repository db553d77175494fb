package org.lms.application.port.out;

import java.util.Optional;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.JobView;
import org.lms.domain.job.JobState;

/** Lists jobs for admins, paged in the database, most recently changed first. */
public interface QueryJobsPort {

    Page<JobView> listJobs(Optional<JobState> state, PageRequest page);
}
