package org.lms.application.port.in;

import java.util.Objects;
import java.util.Optional;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.domain.course.CourseId;
import org.lms.domain.course.CourseStatus;
import org.lms.domain.identity.Actor;

/**
 * Reads courses as the caller may see them: published courses for everyone, drafts only for
 * their instructor and admins.
 */
public interface BrowseCoursesUseCase {

    CourseView find(CourseQuery query);

    Page<CourseView> list(CourseListQuery query);

    record CourseQuery(Actor actor, CourseId courseId) {

        public CourseQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
        }
    }

    /** {@code status} empty lists every course the caller may see. */
    record CourseListQuery(Actor actor, Optional<CourseStatus> status, PageRequest page) {

        public CourseListQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(page, "page");
        }
    }
}
