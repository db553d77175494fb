package org.lms.application.port.out;

import java.util.Optional;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.ProgressView;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;

/** Progress of a course's actively enrolled students for reading, computed in the database. */
public interface QueryProgressPort {

    /** Students ordered by enrollment time, oldest first. */
    Page<ProgressView> listProgress(CourseId courseId, PageRequest page);

    Optional<ProgressView> findProgress(CourseId courseId, UserId studentId);
}
