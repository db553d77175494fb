package org.lms.application.port.in;

import java.util.Objects;
import java.util.Optional;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;

/** The course's instructor (or an admin) opens it to students. */
public interface PublishCourseUseCase {

    CourseView publish(PublishCourseCommand command);

    record PublishCourseCommand(Actor actor, CourseId courseId, Optional<Long> expectedVersion) {

        public PublishCourseCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }
}
