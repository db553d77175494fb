package org.lms.application.port.in;

import java.util.Objects;
import java.util.Optional;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;

/**
 * Reads assignment submissions: a course's, awaiting grading or graded, oldest first, for its
 * instructor and admins; and each student's own with their grades and feedback, newest first.
 */
public interface BrowseSubmissionsUseCase {

    Page<SubmissionView> listForCourse(CourseSubmissionsQuery query);

    Page<SubmissionView> listOwn(OwnSubmissionsQuery query);

    /** Which submissions of a course to list. */
    enum GradingStatus {
        AWAITING, GRADED
    }

    record CourseSubmissionsQuery(Actor actor, CourseId courseId, GradingStatus status, PageRequest page) {

        public CourseSubmissionsQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(page, "page");
        }
    }

    /** {@code courseId} narrows the list to one course. */
    record OwnSubmissionsQuery(Actor actor, Optional<CourseId> courseId, PageRequest page) {

        public OwnSubmissionsQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(page, "page");
        }
    }
}
