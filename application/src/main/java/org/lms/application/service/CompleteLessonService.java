package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import org.lms.application.common.UseCase;
import org.lms.application.job.JobQueueSettings;
import org.lms.application.port.in.CompleteLessonUseCase;
import org.lms.application.port.in.ProgressView;
import org.lms.application.port.out.EnqueueJobPort;
import org.lms.application.port.out.FileStoragePort;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.LoadEnrollmentPort;
import org.lms.application.port.out.LoadLessonsPort;
import org.lms.application.port.out.LoadProgressPort;
import org.lms.application.port.out.LoadSubmissionPort;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.application.port.out.QueryProgressPort;
import org.lms.application.port.out.SaveFilePort;
import org.lms.application.port.out.SaveProgressPort;
import org.lms.application.port.out.SaveSubmissionPort;
import org.lms.domain.assignment.AssignmentSubmission;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseId;
import org.lms.domain.file.FileId;
import org.lms.domain.file.FilePurpose;
import org.lms.domain.file.StoredFile;
import org.lms.domain.identity.Actor;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.progress.CourseProgress;

/**
 * Load the student's progress, let it record the completion, store it, announce it (with the
 * certificate of a completed course, see {@link StudentProgress}), answer the new progress. Every
 * hand-in of an assignment is also stored as its own submission, to be graded.
 */
@UseCase
public class CompleteLessonService implements CompleteLessonUseCase {

    private ManagedCourses courses;
    private ManagedLessons lessons;
    private StudentProgress students;
    private SaveProgressPort saveProgress;
    private QueryProgressPort queryProgress;
    private StoredUploads uploads;
    private SaveFilePort saveFiles;
    private LoadSubmissionPort loadSubmissions;
    private SaveSubmissionPort saveSubmissions;
    private Clock clock;

    protected CompleteLessonService() {
    }

    @Inject
    public CompleteLessonService(LoadCoursePort loadCourses, LoadLessonsPort loadLessons,
                                 LoadEnrollmentPort loadEnrollments, LoadProgressPort loadProgress,
                                 SaveProgressPort saveProgress, QueryProgressPort queryProgress,
                                 FileStoragePort storage, SaveFilePort saveFiles, LoadSubmissionPort loadSubmissions,
                                 SaveSubmissionPort saveSubmissions, PublishEventsPort events, EnqueueJobPort enqueue,
                                 JobQueueSettings jobSettings, Clock clock) {
        this.courses = new ManagedCourses(loadCourses);
        this.lessons = new ManagedLessons(loadLessons);
        this.students = new StudentProgress(loadEnrollments, loadProgress, enqueue, jobSettings, events, clock);
        this.saveProgress = saveProgress;
        this.queryProgress = queryProgress;
        this.uploads = new StoredUploads(storage);
        this.saveFiles = saveFiles;
        this.loadSubmissions = loadSubmissions;
        this.saveSubmissions = saveSubmissions;
        this.clock = clock;
    }

    @Override
    public ProgressView complete(CompleteLessonCommand command) {
        return change(command.actor(), command.courseId(), (progress, course) -> {
            progress.complete(command.actor(), lessons.load(course.id(), command.lessonId()), lessons.all(course.id()),
                    clock);
            saveProgress.saveProgress(progress);
        });
    }

    @Override
    public ProgressView submit(SubmitAssignmentCommand command) {
        return change(command.actor(), command.courseId(), (progress, course) -> {
            Lesson lesson = lessons.load(course.id(), command.lessonId());
            Actor.User student = command.actor().requireUser();
            // Stored, recorded and saved as one piece, so a refused submission removes its bytes again.
            uploads.storeThen(command.content(), content -> {
                StoredFile file = saveFiles.insertFile(new StoredFile(FileId.newId(), course.id(), student.id(),
                        FilePurpose.SUBMISSION, command.name(), command.contentType(), content.sizeBytes(),
                        content.sha256(), content.key(), clock.instant()));
                progress.submit(student, lesson, file.id(), lessons.all(course.id()), clock);
                saveSubmissions.insertSubmission(AssignmentSubmission.handIn(student.id(), lesson, file.id(),
                        loadSubmissions.loadLatestSubmission(lesson.id(), student.id()), clock));
                saveProgress.saveProgress(progress);
                return file;
            });
        });
    }

    /** Records a completion and stores it. */
    private interface ProgressChange {
        void apply(CourseProgress progress, Course course);
    }

    private ProgressView change(Actor actor, CourseId courseId, ProgressChange change) {
        Actor.User student = actor.requireUser();
        Course course = courses.loadVisible(actor, courseId);
        CourseProgress progress = students.load(course.id(), student.id());
        change.apply(progress, course);
        students.announce(progress);
        return queryProgress.findProgress(course.id(), student.id()).orElseThrow();
    }
}
