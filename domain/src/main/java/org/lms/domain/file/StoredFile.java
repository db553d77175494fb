package org.lms.domain.file;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.InvalidValueException;

/**
 * An uploaded file's metadata; the bytes live in file storage under {@code storageKey}, a name the
 * platform generated.
 *
 * <p>Lifecycle: recorded once the bytes are safely stored; never changed. Invariants: it belongs to
 * one course; it has at least one byte; {@code sha256} is the lowercase hex digest of its bytes.
 */
public record StoredFile(FileId id, CourseId courseId, UserId ownerId, FilePurpose purpose, FileName name,
                         FileContentType contentType, long sizeBytes, String sha256, String storageKey,
                         Instant createdAt) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public StoredFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(createdAt, "createdAt");
        if (sizeBytes < 1) {
            throw new EmptyFileException();
        }
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new InvalidValueException("sha256", "sha256 must be 64 lowercase hex digits");
        }
    }

    /**
     * Who may upload a file for this purpose: course material by whoever manages the course,
     * submissions by actively enrolled students.
     */
    public static void ensureMayUpload(Actor actor, Course course, FilePurpose purpose, boolean activelyEnrolled) {
        actor.requireUser();
        boolean allowed = purpose == FilePurpose.LESSON_MATERIAL ? course.canBeManagedBy(actor) : activelyEnrolled;
        if (!allowed) {
            throw new AccessDeniedException(purpose == FilePurpose.LESSON_MATERIAL
                    ? "Only the course's instructor or an admin may upload course material"
                    : "Only students enrolled in the course may submit work");
        }
    }

    /**
     * Whether {@code actor} may read the bytes: the course's staff always; material by actively
     * enrolled students; a submission by the student who made it.
     */
    public boolean isReadableBy(Actor actor, Course course, boolean activelyEnrolled) {
        if (!(actor instanceof Actor.User user)) {
            return false;
        }
        if (course.canBeManagedBy(actor)) {
            return true;
        }
        return purpose == FilePurpose.LESSON_MATERIAL ? activelyEnrolled : user.id().equals(ownerId);
    }
}
