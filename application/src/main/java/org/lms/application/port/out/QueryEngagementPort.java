package org.lms.application.port.out;

import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.EngagementView;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;

/** Stored engagement scores, read through the {@code report_engagement} view. */
public interface QueryEngagementPort {

    /** Highest score first. */
    Page<EngagementView> listCourseEngagement(CourseId courseId, PageRequest page);

    /** Most recently enrolled course first. */
    Page<EngagementView> listStudentEngagement(UserId studentId, PageRequest page);
}
