package org.lms.application.port.in;

import java.util.Objects;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.UserId;

/** Progress as the caller may see it: students their own, the course's instructor its students, admins all. */
public interface BrowseProgressUseCase {

    ProgressView find(StudentProgressQuery query);

    /** Every actively enrolled student of the course; for its instructor and admins. */
    Page<ProgressView> list(CourseProgressQuery query);

    record StudentProgressQuery(Actor actor, CourseId courseId, UserId studentId) {

        public StudentProgressQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(studentId, "studentId");
        }
    }

    record CourseProgressQuery(Actor actor, CourseId courseId, PageRequest page) {

        public CourseProgressQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(page, "page");
        }
    }
}
