package org.lms.adapter.out.persistence.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lms.adapter.out.persistence.TestPersistence;
import org.lms.adapter.out.persistence.course.CourseJpaEntity;
import org.lms.adapter.out.persistence.course.CoursePersistenceAdapter;
import org.lms.adapter.out.persistence.enrollment.EnrollmentJpaEntity;
import org.lms.adapter.out.persistence.enrollment.EnrollmentPersistenceAdapter;
import org.lms.adapter.out.persistence.file.FilesystemStorageAdapter;
import org.lms.adapter.out.persistence.file.StoredFileJpaEntity;
import org.lms.adapter.out.persistence.file.StoredFilePersistenceAdapter;
import org.lms.adapter.out.persistence.lesson.LessonJpaEntity;
import org.lms.adapter.out.persistence.lesson.LessonPersistenceAdapter;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.ProgressView;
import org.lms.application.port.out.FileStoragePort.StoredContent;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.enrollment.Enrollment;
import org.lms.domain.file.FileContentType;
import org.lms.domain.file.FileId;
import org.lms.domain.file.FileName;
import org.lms.domain.file.FilePurpose;
import org.lms.domain.file.StoredFile;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.lesson.LessonContent;
import org.lms.domain.lesson.LessonOrder;
import org.lms.domain.lesson.LessonTitle;
import org.lms.domain.progress.CourseProgress;
import org.lms.domain.progress.LessonAlreadyCompletedException;

/** Lessons, files and progress against a real PostgreSQL with the production migrations, and the file store on disk. */
class LearningPersistenceAdapterIT {

    private static TestPersistence db;
    private final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    private final UserId instructorId = new UserId(UUID.randomUUID());
    private final Actor instructor = Actor.user(instructorId, Set.of(Role.INSTRUCTOR));
    private final Actor.User student = new Actor.User(new UserId(UUID.randomUUID()), Set.of(Role.STUDENT));

    private record Adapters(CoursePersistenceAdapter courses, EnrollmentPersistenceAdapter enrollments,
                            LessonPersistenceAdapter lessons, StoredFilePersistenceAdapter files,
                            ProgressPersistenceAdapter progress) {
    }

    @BeforeAll
    static void database() throws Exception {
        db = TestPersistence.open("learning_adapter", CourseJpaEntity.class, EnrollmentJpaEntity.class, LessonJpaEntity.class, StoredFileJpaEntity.class);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private <T> T inTransaction(Function<Adapters, T> work) {
        return db.inTransaction(em -> work.apply(new Adapters(new CoursePersistenceAdapter(em), new EnrollmentPersistenceAdapter(em),
                    new LessonPersistenceAdapter(em), new StoredFilePersistenceAdapter(em),
                    new ProgressPersistenceAdapter(em))));
    }

    private Course publishedCourse() {
        Course course = Course.draft(instructor, instructorId,
                new CourseCode("P-" + UUID.randomUUID().toString().substring(0, 8)), new CourseTitle("Learning"),
                new CourseDescription(""), clock);
        course.publish(instructor, Optional.empty(), clock);
        return inTransaction(a -> a.courses().insertCourse(course));
    }

    private Lesson lesson(Course course, int position, LessonContent content, boolean required) {
        return Lesson.add(instructor, course, position, new LessonTitle("Lesson " + position), content,
                Optional.empty(), required, clock);
    }

    @Test
    void everyLessonTypeStoresAndLoadsBackEqualInOrder() {
        Course course = publishedCourse();
        StoredFile file = new StoredFile(FileId.newId(), course.id(), instructorId, FilePurpose.LESSON_MATERIAL,
                new FileName("Ünïcode notes.pdf"), new FileContentType("application/pdf"), 12, "b".repeat(64),
                UUID.randomUUID().toString(), clock.instant());
        inTransaction(a -> a.files().insertFile(file));
        List<LessonContent> contents = List.of(new LessonContent.Video("https://v.example.org/a", 61),
                new LessonContent.TextBody("# Title\n\nText"), new LessonContent.Material(file.id()),
                new LessonContent.Quiz(UUID.randomUUID()), new LessonContent.Assignment("Write", clock.instant()));
        for (int i = 0; i < contents.size(); i++) {
            Lesson lesson = lesson(course, i, contents.get(i), i != 3);
            inTransaction(a -> a.lessons().insertLesson(lesson));
        }

        List<Lesson> loaded = inTransaction(a -> a.lessons().loadLessons(course.id()));
        assertThat(loaded).extracting(Lesson::content).containsExactlyElementsOf(contents);
        assertThat(loaded).extracting(Lesson::required).containsExactly(true, true, true, false, true);
        Optional<StoredFile> loadedFile = inTransaction(a -> a.files().loadFile(file.id()));
        assertThat(loadedFile).contains(file);
    }

    @Test
    void reorderIsStoredAndDeletingALessonDeletesItsCompletions() {
        Course course = publishedCourse();
        Lesson a = lesson(course, 0, new LessonContent.TextBody("a"), true);
        Lesson b = lesson(course, 1, new LessonContent.TextBody("b"), true);
        inTransaction(x -> List.of(x.lessons().insertLesson(a), x.lessons().insertLesson(b)));
        inTransaction(x -> x.lessons().updateLessons(LessonOrder.reorder(instructor, course,
                x.lessons().loadLessons(course.id()), List.of(b.id(), a.id()))));
        List<Lesson> reordered = inTransaction(x -> x.lessons().loadLessons(course.id()));
        assertThat(reordered).extracting(Lesson::id).containsExactly(b.id(), a.id());

        Enrollment enrollment = inTransaction(x -> x.enrollments().insertEnrollment(
                Enrollment.enroll(student, course, student.id(), clock)));
        CourseProgress progress = CourseProgress.of(enrollment, java.util.Map.of(), Optional.empty());
        progress.complete(student, a, List.of(a, b), clock);
        inTransaction(x -> {
            x.progress().saveProgress(progress);
            return null;
        });
        inTransaction(x -> {
            x.lessons().deleteLesson(a.id());
            return null;
        });
        assertThat(inTransaction(x -> x.progress().loadProgress(course.id(), student.id())).completedLessons()).isEmpty();
    }

    @Test
    void progressIsStoredOnceAndReadThroughTheReportingViews() {
        Course course = publishedCourse();
        Lesson a = lesson(course, 0, new LessonContent.TextBody("a"), true);
        Lesson b = lesson(course, 1, new LessonContent.TextBody("b"), true);
        Lesson optional = lesson(course, 2, new LessonContent.Quiz(UUID.randomUUID()), false);
        inTransaction(x -> List.of(x.lessons().insertLesson(a), x.lessons().insertLesson(b),
                x.lessons().insertLesson(optional)));
        Enrollment enrollment = inTransaction(x -> x.enrollments().insertEnrollment(
                Enrollment.enroll(student, course, student.id(), clock)));

        CourseProgress first = CourseProgress.of(enrollment, java.util.Map.of(), Optional.empty());
        first.complete(student, a, List.of(a, b, optional), clock);
        inTransaction(x -> {
            x.progress().saveProgress(first);
            return null;
        });
        ProgressView half = inTransaction(x -> x.progress().findProgress(course.id(), student.id())).orElseThrow();
        assertThat(half.completedRequired()).isEqualTo(1);
        assertThat(half.required()).isEqualTo(2);
        assertThat(half.percentage()).isEqualTo(50.0);
        assertThat(half.nextLessonId()).contains(b.id().value());
        assertThat(half.completedAt()).isEmpty();

        // A second request that loaded the progress before the first one committed.
        CourseProgress stale = CourseProgress.of(enrollment, java.util.Map.of(), Optional.empty());
        stale.complete(student, a, List.of(a, b, optional), clock);
        assertThatThrownBy(() -> inTransaction(x -> {
            x.progress().saveProgress(stale);
            return null;
        })).isInstanceOf(LessonAlreadyCompletedException.class);

        var stored = inTransaction(x -> x.progress().loadProgress(course.id(), student.id()));
        CourseProgress second = CourseProgress.of(enrollment, stored.completedLessons(), stored.courseCompletedAt());
        Clock later = Clock.offset(clock, Duration.ofHours(2));
        second.complete(student, b, List.of(a, b, optional), later);
        inTransaction(x -> {
            x.progress().saveProgress(second);
            return null;
        });
        ProgressView done = inTransaction(x -> x.progress().findProgress(course.id(), student.id())).orElseThrow();
        assertThat(done.percentage()).isEqualTo(100.0);
        assertThat(done.nextLessonId()).isEmpty();
        assertThat(done.completedAt()).contains(later.instant());
        var page = inTransaction(x -> x.progress().listProgress(course.id(), new PageRequest(0, 10)));
        assertThat(page.total()).isEqualTo(1);
        Object rate = db.inTransaction(em -> em.createNativeQuery(
                "SELECT completion_rate FROM report_course_progress WHERE course_id = ?1")
                .setParameter(1, course.id().value()).getSingleResult());
        assertThat(Double.parseDouble(rate.toString())).isEqualTo(100.0);
    }

    @Test
    void fileStoreKeepsBytesUnderGeneratedNamesAndReadsRanges(@TempDir Path dir) throws Exception {
        FilesystemStorageAdapter storage = new FilesystemStorageAdapter(dir);
        StoredContent stored = storage.store(new ByteArrayInputStream("hello world".getBytes(StandardCharsets.UTF_8)));

        assertThat(stored.sizeBytes()).isEqualTo(11);
        assertThat(stored.sha256()).isEqualTo("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly(stored.key());
        }
        try (InputStream part = storage.open(stored.key(), 6, 5)) {
            assertThat(new String(part.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("world");
        }
        assertThatThrownBy(() -> storage.open("../../etc/passwd", 0, 1)).isInstanceOf(IllegalArgumentException.class);
        storage.delete(stored.key());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.count()).isZero();
        }
    }

    @Test
    void aBrokenUploadLeavesNoFile(@TempDir Path dir) throws Exception {
        FilesystemStorageAdapter storage = new FilesystemStorageAdapter(dir);
        InputStream failing = new InputStream() {
            private int sent;

            @Override
            public int read() {
                if (sent++ > 100) {
                    throw new IllegalStateException("client went away");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> storage.store(failing)).isInstanceOf(IllegalStateException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.count()).isZero();
        }
    }
}
