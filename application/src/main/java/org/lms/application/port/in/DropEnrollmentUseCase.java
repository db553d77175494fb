package org.lms.application.port.in;

import java.util.Objects;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.UserId;

/** A student leaves a course, or its instructor or an admin takes them out of it. */
public interface DropEnrollmentUseCase {

    EnrollmentView drop(DropEnrollmentCommand command);

    record DropEnrollmentCommand(Actor actor, CourseId courseId, UserId studentId) {

        public DropEnrollmentCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(studentId, "studentId");
        }
    }
}
