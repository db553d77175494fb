package org.lms.application.port.in;

import java.io.InputStream;
import java.util.Objects;
import org.lms.domain.course.CourseId;
import org.lms.domain.file.FileContentType;
import org.lms.domain.file.FileName;
import org.lms.domain.identity.Actor;
import org.lms.domain.lesson.LessonId;

/**
 * An actively enrolled student completes a lesson: VIEWED and MARKED_DONE lessons on their word,
 * SUBMITTED lessons by handing in a file. A lesson is completed once; a second attempt is a conflict.
 */
public interface CompleteLessonUseCase {

    ProgressView complete(CompleteLessonCommand command);

    ProgressView submit(SubmitAssignmentCommand command);

    record CompleteLessonCommand(Actor actor, CourseId courseId, LessonId lessonId) {

        public CompleteLessonCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(lessonId, "lessonId");
        }
    }

    /** The submission is read to its end like an upload; the caller bounds its size. */
    record SubmitAssignmentCommand(Actor actor, CourseId courseId, LessonId lessonId, FileName name,
                                   FileContentType contentType, InputStream content) {

        public SubmitAssignmentCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(lessonId, "lessonId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }
}
