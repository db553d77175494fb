package org.lms.application.port.out;

import java.util.Optional;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.SubmissionView;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;

/** Lists submissions for reading, paged in the database. */
public interface QuerySubmissionsPort {

    /** Oldest submission first: the one waiting longest is graded first. */
    Page<SubmissionView> listSubmissionsOfCourse(CourseId courseId, boolean graded, PageRequest page);

    /** Newest submission first. */
    Page<SubmissionView> listSubmissionsOfStudent(UserId studentId, Optional<CourseId> courseId, PageRequest page);
}
