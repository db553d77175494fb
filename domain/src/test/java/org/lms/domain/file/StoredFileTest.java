package org.lms.domain.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.InvalidValueException;

class StoredFileTest {

    private static final String SHA = "a".repeat(64);
    private final Clock clock = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
    private final UserId instructorId = new UserId(UUID.randomUUID());
    private final Actor instructor = Actor.user(instructorId, Set.of(Role.INSTRUCTOR));
    private final Actor.User student = new Actor.User(new UserId(UUID.randomUUID()), Set.of(Role.STUDENT));
    private final Actor.User otherStudent = new Actor.User(new UserId(UUID.randomUUID()), Set.of(Role.STUDENT));
    private final Actor admin = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.ADMIN));
    private final Course course = Course.draft(instructor, instructorId, new CourseCode("FILE-1"),
            new CourseTitle("Files"), new CourseDescription(""), clock);

    private StoredFile file(FilePurpose purpose, UserId owner) {
        return new StoredFile(FileId.newId(), course.id(), owner, purpose, new FileName("notes.pdf"),
                new FileContentType("application/pdf"), 10, SHA, UUID.randomUUID().toString(), clock.instant());
    }

    @Test
    void fileNameIsAPlainNameNeverAPath() {
        assertThat(new FileName(" Week 1 – notes.pdf ").value()).isEqualTo("Week 1 – notes.pdf");
        for (String name : new String[] {"../../etc/passwd", "..", ".", "a/b.txt", "C:\\x.txt", "dir\\file", "..hidden",
                "a\u0000b", "quo\"te.pdf", "rtl\u202Egnp.exe", "", "x".repeat(256)}) {
            assertThatThrownBy(() -> new FileName(name)).as(name).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void onlyAllowedContentTypesAreAccepted() {
        assertThat(new FileContentType("Application/PDF; charset=binary").value()).isEqualTo("application/pdf");
        assertThat(FileContentType.isAllowed("text/plain;charset=utf-8")).isTrue();
        assertThat(FileContentType.isAllowed("text/html")).isFalse();
        assertThat(FileContentType.isAllowed(null)).isFalse();
        assertThatThrownBy(() -> new FileContentType("application/x-msdownload")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void anEmptyFileOrABadDigestIsNeverRecorded() {
        assertThatThrownBy(() -> new StoredFile(FileId.newId(), course.id(), instructorId, FilePurpose.LESSON_MATERIAL,
                new FileName("a.pdf"), new FileContentType("application/pdf"), 0, SHA, "k", clock.instant()))
                .isInstanceOf(EmptyFileException.class);
        assertThatThrownBy(() -> new StoredFile(FileId.newId(), course.id(), instructorId, FilePurpose.LESSON_MATERIAL,
                new FileName("a.pdf"), new FileContentType("application/pdf"), 1, "XYZ", "k", clock.instant()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void materialIsForStaffAndEnrolledStudentsSubmissionsForStaffAndTheirAuthor() {
        StoredFile material = file(FilePurpose.LESSON_MATERIAL, instructorId);
        assertThat(material.isReadableBy(instructor, course, false)).isTrue();
        assertThat(material.isReadableBy(admin, course, false)).isTrue();
        assertThat(material.isReadableBy(student, course, true)).isTrue();
        assertThat(material.isReadableBy(student, course, false)).isFalse();
        assertThat(material.isReadableBy(Actor.anonymous(), course, true)).isFalse();

        StoredFile submission = file(FilePurpose.SUBMISSION, student.id());
        assertThat(submission.isReadableBy(student, course, true)).isTrue();
        assertThat(submission.isReadableBy(otherStudent, course, true)).isFalse();
        assertThat(submission.isReadableBy(instructor, course, false)).isTrue();
    }

    @Test
    void materialIsUploadedByStaffSubmissionsByEnrolledStudents() {
        StoredFile.ensureMayUpload(instructor, course, FilePurpose.LESSON_MATERIAL, false);
        StoredFile.ensureMayUpload(student, course, FilePurpose.SUBMISSION, true);
        assertThatThrownBy(() -> StoredFile.ensureMayUpload(student, course, FilePurpose.LESSON_MATERIAL, true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> StoredFile.ensureMayUpload(student, course, FilePurpose.SUBMISSION, false))
                .isInstanceOf(AccessDeniedException.class);
    }
}
