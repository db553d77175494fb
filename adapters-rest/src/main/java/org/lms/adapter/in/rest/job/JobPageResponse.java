package org.lms.adapter.in.rest.job;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.common.Page;
import org.lms.application.port.in.JobView;

/** One page of jobs with the total number that match. */
@Schema(name = "JobPage")
public record JobPageResponse(List<JobResponse> items, long total, int offset, int limit) {

    static JobPageResponse of(Page<JobView> page) {
        return new JobPageResponse(page.items().stream().map(JobResponse::of).toList(), page.total(), page.offset(),
                page.limit());
    }
}
