package org.lms.application.service;

import jakarta.inject.Inject;
import org.lms.application.common.Page;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.BrowseJobsUseCase;
import org.lms.application.port.in.JobView;
import org.lms.application.port.out.QueryJobsPort;

@UseCase
public class BrowseJobsService implements BrowseJobsUseCase {

    private QueryJobsPort queryJobs;

    protected BrowseJobsService() {
    }

    @Inject
    public BrowseJobsService(QueryJobsPort queryJobs) {
        this.queryJobs = queryJobs;
    }

    @Override
    public Page<JobView> list(JobListQuery query) {
        Admins.require(query.actor(), "list background jobs");
        return queryJobs.listJobs(query.state(), query.page());
    }
}
