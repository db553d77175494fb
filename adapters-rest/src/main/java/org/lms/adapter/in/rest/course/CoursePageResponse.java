package org.lms.adapter.in.rest.course;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.common.Page;
import org.lms.application.port.in.CourseView;

/** One page of courses with the total number that match. */
@Schema(name = "CoursePage")
public record CoursePageResponse(List<CourseResponse> items, long total, int offset, int limit) {

    static CoursePageResponse of(Page<CourseView> page) {
        return new CoursePageResponse(page.items().stream().map(CourseResponse::of).toList(), page.total(),
                page.offset(), page.limit());
    }
}
