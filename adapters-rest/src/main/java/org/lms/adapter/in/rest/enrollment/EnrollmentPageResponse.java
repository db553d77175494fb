package org.lms.adapter.in.rest.enrollment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.common.Page;
import org.lms.application.port.in.EnrollmentView;

/** One page of enrollments with the total number that match. */
@Schema(name = "EnrollmentPage")
public record EnrollmentPageResponse(List<EnrollmentResponse> items, long total, int offset, int limit) {

    static EnrollmentPageResponse of(Page<EnrollmentView> page) {
        return new EnrollmentPageResponse(page.items().stream().map(EnrollmentResponse::of).toList(), page.total(),
                page.offset(), page.limit());
    }
}
