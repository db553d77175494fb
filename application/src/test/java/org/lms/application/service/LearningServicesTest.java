package org.lms.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.application.port.in.BrowseSubmissionsUseCase.CourseSubmissionsQuery;
import org.lms.application.port.in.BrowseSubmissionsUseCase.GradingStatus;
import org.lms.application.port.in.BrowseSubmissionsUseCase.OwnSubmissionsQuery;
import org.lms.application.port.in.GradeSubmissionUseCase.GradeSubmissionCommand;
import org.lms.application.port.in.SubmissionView;
import org.lms.domain.assignment.Score;
import org.lms.domain.assignment.SubmissionAlreadyGradedException;
import org.lms.domain.assignment.SubmissionId;
import org.lms.domain.assignment.SubmissionNotFoundException;
import org.lms.domain.assignment.event.AssignmentGraded;
import org.lms.domain.lesson.CompletionRule;
import java.time.Duration;
import org.lms.application.job.CertificateIssuanceJob;
import org.lms.application.job.JobQueueSettings;
import org.lms.domain.job.JobType;
import org.lms.domain.job.RetryBackoff;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.BrowseLessonsUseCase.CourseLessonsQuery;
import org.lms.application.port.in.BrowseProgressUseCase.CourseProgressQuery;
import org.lms.application.port.in.BrowseProgressUseCase.StudentProgressQuery;
import org.lms.application.port.in.CompleteLessonUseCase.CompleteLessonCommand;
import org.lms.application.port.in.CompleteLessonUseCase.SubmitAssignmentCommand;
import org.lms.application.port.in.CreateCourseUseCase.CreateCourseCommand;
import org.lms.application.port.in.DownloadFileUseCase.DownloadFileQuery;
import org.lms.application.port.in.EnrollStudentUseCase.EnrollStudentCommand;
import org.lms.application.port.in.FileView;
import org.lms.application.port.in.LessonView;
import org.lms.application.port.in.ManageLessonsUseCase.AddLessonCommand;
import org.lms.application.port.in.ManageLessonsUseCase.DeleteLessonCommand;
import org.lms.application.port.in.ManageLessonsUseCase.ReorderLessonsCommand;
import org.lms.application.port.in.ProgressView;
import org.lms.application.port.in.PublishCourseUseCase.PublishCourseCommand;
import org.lms.application.port.in.UploadFileUseCase.UploadFileCommand;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseId;
import org.lms.domain.course.CourseNotFoundException;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.file.EmptyFileException;
import org.lms.domain.file.FileContentType;
import org.lms.domain.file.FileId;
import org.lms.domain.file.FileName;
import org.lms.domain.file.StoredFileNotFoundException;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.lesson.LessonContent;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.lesson.LessonNotFoundException;
import org.lms.domain.lesson.LessonTitle;
import org.lms.domain.progress.LessonAlreadyCompletedException;
import org.lms.domain.progress.NotEnrolledException;
import org.lms.domain.progress.event.CourseCompleted;
import org.lms.domain.progress.event.LessonCompleted;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.InvalidValueException;

class LearningServicesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC);
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryLearning learning = new InMemoryLearning(enrollments);
    private final CreateCourseService createCourse = new CreateCourseService(courses, courses, courses, clock);
    private final ChangeCourseService changeCourse = new ChangeCourseService(courses, courses, courses, clock);
    private final EnrollStudentService enroll = new EnrollStudentService(courses, enrollments, enrollments, courses, clock);
    private final ManageLessonsService manage = new ManageLessonsService(courses, learning, learning, learning, clock);
    private final BrowseLessonsService browse = new BrowseLessonsService(courses, learning);
    private final UploadFileService upload = new UploadFileService(courses, learning, learning, clock);
    private final DownloadFileService download = new DownloadFileService(learning, courses, enrollments, learning);
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final JobQueueSettings jobSettings = new JobQueueSettings(3,
            new RetryBackoff(Duration.ofSeconds(2), Duration.ofMinutes(1), 0), Duration.ofMinutes(5),
            Duration.ofSeconds(15), Duration.ofMinutes(10), Duration.ofDays(1));
    private final InMemorySubmissions submissions = new InMemorySubmissions();
    private final CompleteLessonService complete = new CompleteLessonService(courses, learning, enrollments, learning,
            learning, learning, learning, learning, submissions, submissions, courses, jobs, jobSettings, clock);
    private final GradeSubmissionService grade = new GradeSubmissionService(submissions, submissions, courses, learning,
            enrollments, learning, learning, courses, jobs, jobSettings, clock);
    private final BrowseSubmissionsService browseSubmissions = new BrowseSubmissionsService(courses, submissions);
    private final BrowseProgressService progress = new BrowseProgressService(courses, learning);

    private final Actor.User instructor = user(Role.INSTRUCTOR);
    private final Actor.User student = user(Role.STUDENT);
    private final Actor.User outsider = user(Role.STUDENT);

    private static Actor.User user(Role role) {
        return new Actor.User(new UserId(UUID.randomUUID()), Set.of(role));
    }

    private CourseId course(String code) {
        return new CourseId(createCourse.create(new CreateCourseCommand(instructor, new CourseCode(code),
                new CourseTitle("Title"), new CourseDescription(""), Optional.empty())).id());
    }

    private void publishAndEnroll(CourseId course) {
        changeCourse.publish(new PublishCourseCommand(instructor, course, Optional.empty()));
        enroll.enroll(new EnrollStudentCommand(student, course, Optional.empty()));
        courses.published.clear();
    }

    private LessonView add(CourseId course, LessonContent content, boolean required) {
        return manage.add(new AddLessonCommand(instructor, course, new LessonTitle("Lesson"), content, Optional.empty(),
                required));
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private FileView material(CourseId course, String text) {
        return upload.upload(new UploadFileCommand(instructor, course, new FileName("notes.txt"),
                new FileContentType("text/plain"), bytes(text)));
    }

    @Test
    void lessonsAreAddedInOrderAndHiddenWithTheirDraftCourse() {
        CourseId course = course("LS-1");
        LessonView first = add(course, new LessonContent.TextBody("one"), true);
        LessonView second = add(course, new LessonContent.Video("https://v.example.org/2", 30), true);

        assertThat(List.of(first.position(), second.position())).containsExactly(0, 1);
        assertThatThrownBy(() -> browse.list(new CourseLessonsQuery(student, course)))
                .isInstanceOf(CourseNotFoundException.class);
        assertThat(browse.list(new CourseLessonsQuery(instructor, course))).extracting(LessonView::id)
                .containsExactly(first.id(), second.id());
    }

    @Test
    void reorderIsAllOrNothing() {
        CourseId course = course("LS-2");
        LessonId a = new LessonId(add(course, new LessonContent.TextBody("a"), true).id());
        LessonId b = new LessonId(add(course, new LessonContent.TextBody("b"), true).id());

        assertThatThrownBy(() -> manage.reorder(new ReorderLessonsCommand(instructor, course, List.of(b))))
                .isInstanceOf(InvalidValueException.class);
        assertThat(browse.list(new CourseLessonsQuery(instructor, course))).extracting(LessonView::id)
                .containsExactly(a.value(), b.value());
        manage.reorder(new ReorderLessonsCommand(instructor, course, List.of(b, a)));
        assertThat(browse.list(new CourseLessonsQuery(instructor, course))).extracting(LessonView::id)
                .containsExactly(b.value(), a.value());
    }

    @Test
    void aFileLessonShowsOnlyMaterialOfItsOwnCourse() {
        CourseId course = course("LS-3");
        CourseId other = course("LS-4");
        FileView theirs = material(other, "other");

        assertThatThrownBy(() -> add(course, new LessonContent.Material(new FileId(theirs.id())), true))
                .isInstanceOf(InvalidValueException.class);
        FileView ours = material(course, "ours");
        assertThat(add(course, new LessonContent.Material(new FileId(ours.id())), true).type().name()).isEqualTo("FILE");
    }

    @Test
    void aLessonOfAnotherCourseIsNotFound() {
        CourseId course = course("LS-5");
        CourseId other = course("LS-6");
        LessonId elsewhere = new LessonId(add(other, new LessonContent.TextBody("x"), true).id());

        assertThatThrownBy(() -> manage.delete(new DeleteLessonCommand(instructor, course, elsewhere)))
                .isInstanceOf(LessonNotFoundException.class);
        assertThat(learning.lessons).containsKey(elsewhere);
    }

    @Test
    void uploadsRecordSizeAndDigestAndRefusalsKeepNoBytes() {
        CourseId course = course("FL-1");
        FileView stored = material(course, "abc");
        assertThat(stored.sizeBytes()).isEqualTo(3);
        assertThat(stored.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

        assertThatThrownBy(() -> material(course, "")).isInstanceOf(EmptyFileException.class);
        assertThatThrownBy(() -> upload.upload(new UploadFileCommand(student, course, new FileName("x.txt"),
                new FileContentType("text/plain"), bytes("x")))).isInstanceOf(CourseNotFoundException.class);
        assertThat(learning.bytes).hasSize(1);
        assertThat(learning.files).hasSize(1);
    }

    @Test
    void materialIsReadByEnrolledStudentsOnly() throws IOException {
        CourseId course = course("FL-2");
        FileView notes = material(course, "0123456789");
        publishAndEnroll(course);

        try (InputStream part = download.open(new DownloadFileQuery(student, new FileId(notes.id()))).bytes().open(2, 3)) {
            assertThat(new String(part.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("234");
        }
        assertThatThrownBy(() -> download.open(new DownloadFileQuery(outsider, new FileId(notes.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> download.open(new DownloadFileQuery(student, FileId.newId())))
                .isInstanceOf(StoredFileNotFoundException.class);
    }

    @Test
    void completingEveryRequiredLessonCompletesTheCourse() {
        CourseId course = course("PG-1");
        LessonId video = new LessonId(add(course, new LessonContent.Video("https://v.example.org/1", 60), true).id());
        add(course, new LessonContent.Quiz(UUID.randomUUID()), false);
        LessonId essay = new LessonId(add(course, new LessonContent.Assignment("Write", clock.instant()), true).id());
        publishAndEnroll(course);

        ProgressView half = complete.complete(new CompleteLessonCommand(student, course, video));
        assertThat(half.percentage()).isEqualTo(50.0);
        assertThat(half.nextLessonId()).contains(essay.value());
        assertThatThrownBy(() -> complete.complete(new CompleteLessonCommand(student, course, video)))
                .isInstanceOf(LessonAlreadyCompletedException.class);

        assertThat(jobs.all()).isEmpty();

        ProgressView done = complete.submit(new SubmitAssignmentCommand(student, course, essay, new FileName("essay.txt"),
                new FileContentType("text/plain"), bytes("my essay")));
        assertThat(done.completedAt()).contains(clock.instant());
        assertThat(done.percentage()).isEqualTo(100.0);
        assertThat(courses.published).extracting(Object::getClass)
                .containsExactly(LessonCompleted.class, LessonCompleted.class, CourseCompleted.class);
        assertThat(jobs.all()).singleElement().satisfies(job -> {
            assertThat(job.type()).isEqualTo(JobType.CERTIFICATE_ISSUANCE);
            assertThat(job.idempotencyKey()).isEqualTo(course.value() + ":" + student.id().value());
            assertThat(CertificateIssuanceJob.parse(job.payload()))
                    .isEqualTo(new CertificateIssuanceJob(course, student.id()));
        });
        assertThat(progress.list(new CourseProgressQuery(instructor, course, new PageRequest(0, 10))).total()).isEqualTo(1);
        assertThatThrownBy(() -> progress.list(new CourseProgressQuery(student, course, new PageRequest(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.find(new StudentProgressQuery(outsider, course, student.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRefusedSubmissionKeepsNoBytesAndOutsidersCannotProgress() {
        CourseId course = course("PG-2");
        LessonId essay = new LessonId(add(course, new LessonContent.Assignment("Write", clock.instant()), true).id());
        publishAndEnroll(course);
        complete.submit(new SubmitAssignmentCommand(student, course, essay, new FileName("a.txt"),
                new FileContentType("text/plain"), bytes("first")));
        int storedBefore = learning.bytes.size();

        assertThatThrownBy(() -> complete.submit(new SubmitAssignmentCommand(student, course, essay,
                new FileName("b.txt"), new FileContentType("text/plain"), bytes("second"))))
                .isInstanceOf(LessonAlreadyCompletedException.class);
        assertThat(learning.bytes).hasSize(storedBefore);
        assertThatThrownBy(() -> complete.complete(new CompleteLessonCommand(outsider, course, essay)))
                .isInstanceOf(NotEnrolledException.class);
    }

    @Test
    void aGradedAssignmentCompletesOnlyOnAPassingGradeAndThenCertifiesTheCourse() {
        CourseId course = course("PG-3");
        LessonId essay = new LessonId(manage.add(new AddLessonCommand(instructor, course, new LessonTitle("Essay"),
                new LessonContent.Assignment("Write", clock.instant(), 60), Optional.of(CompletionRule.GRADED), true))
                .id());
        publishAndEnroll(course);
        ProgressView submitted = complete.submit(new SubmitAssignmentCommand(student, course, essay,
                new FileName("a.txt"), new FileContentType("text/plain"), bytes("first")));
        assertThat(submitted.percentage()).isZero();
        SubmissionView first = browseSubmissions.listForCourse(new CourseSubmissionsQuery(instructor, course,
                GradingStatus.AWAITING, new PageRequest(0, 10))).items().get(0);
        assertThatThrownBy(() -> browseSubmissions.listForCourse(new CourseSubmissionsQuery(student, course,
                GradingStatus.AWAITING, new PageRequest(0, 10)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grade.grade(new GradeSubmissionCommand(user(Role.INSTRUCTOR),
                new SubmissionId(first.id()), new Score(90), Optional.empty()))).isInstanceOf(AccessDeniedException.class);

        SubmissionView failed = grade.grade(new GradeSubmissionCommand(instructor, new SubmissionId(first.id()),
                new Score(59), Optional.of("Too short")));
        assertThat(failed.grade()).hasValueSatisfying(g -> assertThat(g.passed()).isFalse());
        assertThat(jobs.all()).isEmpty();
        assertThatThrownBy(() -> grade.grade(new GradeSubmissionCommand(instructor, new SubmissionId(first.id()),
                new Score(90), Optional.empty()))).isInstanceOf(SubmissionAlreadyGradedException.class);

        complete.submit(new SubmitAssignmentCommand(student, course, essay, new FileName("b.txt"),
                new FileContentType("text/plain"), bytes("second")));
        SubmissionView second = browseSubmissions.listOwn(new OwnSubmissionsQuery(student, Optional.of(course),
                new PageRequest(0, 10))).items().stream().filter(view -> view.grade().isEmpty()).findFirst()
                .orElseThrow();
        courses.published.clear();
        grade.grade(new GradeSubmissionCommand(instructor, new SubmissionId(second.id()), new Score(60),
                Optional.empty()));

        assertThat(courses.published).extracting(Object::getClass)
                .containsExactly(AssignmentGraded.class, LessonCompleted.class, CourseCompleted.class);
        assertThat(jobs.all()).singleElement()
                .satisfies(job -> assertThat(job.type()).isEqualTo(JobType.CERTIFICATE_ISSUANCE));
        assertThat(browseSubmissions.listOwn(new OwnSubmissionsQuery(student, Optional.empty(),
                new PageRequest(0, 10))).items()).extracting(view -> view.grade().orElseThrow().score())
                .containsExactlyInAnyOrder(60, 59);
        assertThatThrownBy(() -> grade.grade(new GradeSubmissionCommand(instructor,
                new SubmissionId(UUID.randomUUID()), new Score(60), Optional.empty())))
                .isInstanceOf(SubmissionNotFoundException.class);
    }
}
