package org.lms.application.port.out;

import java.util.Objects;
import java.util.Optional;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.CourseView;
import org.lms.domain.course.CourseStatus;
import org.lms.domain.identity.UserId;

/** Lists courses for reading, filtered and paged in the database, newest first. */
public interface QueryCoursesPort {

    Page<CourseView> listCourses(Optional<CourseStatus> status, DraftScope drafts, PageRequest page);

    /** Which drafts a reader sees besides the published courses. */
    sealed interface DraftScope {

        DraftScope NONE = new None();
        DraftScope ALL = new All();

        static DraftScope ownedBy(UserId instructor) {
            return new OwnedBy(instructor);
        }

        record None() implements DraftScope {
        }

        record All() implements DraftScope {
        }

        record OwnedBy(UserId instructor) implements DraftScope {

            public OwnedBy {
                Objects.requireNonNull(instructor, "instructor");
            }
        }
    }
}
