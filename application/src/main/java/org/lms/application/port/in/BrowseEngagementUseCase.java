package org.lms.application.port.in;

import java.util.Objects;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;

/** Engagement scores as of the last recomputation: a course's for its instructor and admins, each student's own. */
public interface BrowseEngagementUseCase {

    Page<EngagementView> listCourse(CourseEngagementQuery query);

    Page<EngagementView> listOwn(OwnEngagementQuery query);

    record CourseEngagementQuery(Actor actor, CourseId courseId, PageRequest page) {

        public CourseEngagementQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(page, "page");
        }
    }

    record OwnEngagementQuery(Actor actor, PageRequest page) {

        public OwnEngagementQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(page, "page");
        }
    }
}
