package org.lms.application.port.in;

import java.util.Objects;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseId;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.identity.Actor;

/** The course's instructor (or an admin) changes its title and description. */
public interface UpdateCourseUseCase {

    CourseView update(UpdateCourseCommand command);

    /** {@code expectedVersion} is the version the caller's copy was based on. */
    record UpdateCourseCommand(Actor actor, CourseId courseId, long expectedVersion, CourseTitle title,
                               CourseDescription description) {

        public UpdateCourseCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
        }
    }
}
