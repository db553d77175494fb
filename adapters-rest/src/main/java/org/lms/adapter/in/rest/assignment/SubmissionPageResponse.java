package org.lms.adapter.in.rest.assignment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.common.Page;
import org.lms.application.port.in.SubmissionView;

/** One page of submissions with the total number that match. */
@Schema(name = "SubmissionPage")
public record SubmissionPageResponse(List<SubmissionResponse> items, long total, int offset, int limit) {

    static SubmissionPageResponse of(Page<SubmissionView> page) {
        return new SubmissionPageResponse(page.items().stream().map(SubmissionResponse::of).toList(), page.total(),
                page.offset(), page.limit());
    }
}
