package org.lms.adapter.in.rest.engagement;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.common.Page;
import org.lms.application.port.in.EngagementView;

/** One page of engagement scores with the total number that match. */
@Schema(name = "EngagementPage")
public record EngagementPageResponse(List<EngagementResponse> items, long total, int offset, int limit) {

    static EngagementPageResponse of(Page<EngagementView> page) {
        return new EngagementPageResponse(page.items().stream().map(EngagementResponse::of).toList(), page.total(),
                page.offset(), page.limit());
    }
}
