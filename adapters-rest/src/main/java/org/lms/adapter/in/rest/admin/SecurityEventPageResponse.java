package org.lms.adapter.in.rest.admin;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.common.Page;
import org.lms.application.port.in.SecurityEventView;

/** One page of security events, newest first, with the total number that match. */
@Schema(name = "SecurityEventPage")
public record SecurityEventPageResponse(List<SecurityEventResponse> items, long total, int offset, int limit) {

    static SecurityEventPageResponse of(Page<SecurityEventView> page) {
        return new SecurityEventPageResponse(page.items().stream().map(SecurityEventResponse::of).toList(), page.total(),
                page.offset(), page.limit());
    }
}
