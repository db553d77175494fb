package org.lms.adapter.in.rest.progress;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.common.Page;
import org.lms.application.port.in.ProgressView;

/** One page of students' progress with the number of actively enrolled students. */
@Schema(name = "ProgressPage")
public record ProgressPageResponse(List<ProgressResponse> items, long total, int offset, int limit) {

    static ProgressPageResponse of(Page<ProgressView> page) {
        return new ProgressPageResponse(page.items().stream().map(ProgressResponse::of).toList(), page.total(),
                page.offset(), page.limit());
    }
}
