package org.lms.application.port.in;

import java.util.Objects;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;

/**
 * Reads enrollments: a course's roster for its instructor and admins, and each caller's own
 * enrollments. Both lists include dropped enrollments, newest enrollment first.
 */
public interface BrowseEnrollmentsUseCase {

    Page<EnrollmentView> listForCourse(CourseEnrollmentsQuery query);

    Page<EnrollmentView> listOwn(OwnEnrollmentsQuery query);

    record CourseEnrollmentsQuery(Actor actor, CourseId courseId, PageRequest page) {

        public CourseEnrollmentsQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(page, "page");
        }
    }

    record OwnEnrollmentsQuery(Actor actor, PageRequest page) {

        public OwnEnrollmentsQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(page, "page");
        }
    }
}
