package org.lms.application.port.in;

import java.util.Objects;
import java.util.Optional;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.UserId;

/** An instructor drafts a course (an admin may draft one for an instructor). */
public interface CreateCourseUseCase {

    CourseView create(CreateCourseCommand command);

    /** {@code instructorId} empty means the caller teaches it. Values validate themselves when built. */
    record CreateCourseCommand(Actor actor, CourseCode code, CourseTitle title, CourseDescription description,
                               Optional<UserId> instructorId) {

        public CreateCourseCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(instructorId, "instructorId");
        }
    }
}
