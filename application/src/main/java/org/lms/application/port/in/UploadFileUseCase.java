package org.lms.application.port.in;

import java.io.InputStream;
import java.util.Objects;
import org.lms.domain.course.CourseId;
import org.lms.domain.file.FileContentType;
import org.lms.domain.file.FileName;
import org.lms.domain.identity.Actor;

/** The course's instructor (or an admin) uploads course material; lessons of type FILE then refer to it. */
public interface UploadFileUseCase {

    /** Reads {@code content} to its end; the caller bounds its size. Nothing is kept if anything fails. */
    FileView upload(UploadFileCommand command);

    record UploadFileCommand(Actor actor, CourseId courseId, FileName name, FileContentType contentType,
                             InputStream content) {

        public UploadFileCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }
}
