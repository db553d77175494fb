package org.lms.application.service;

import jakarta.inject.Inject;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.DownloadFileUseCase;
import org.lms.application.port.in.FileView;
import org.lms.application.port.out.FileStoragePort;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.LoadEnrollmentPort;
import org.lms.application.port.out.LoadFilePort;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseNotFoundException;
import org.lms.domain.enrollment.EnrollmentStatus;
import org.lms.domain.file.StoredFile;
import org.lms.domain.file.StoredFileNotFoundException;
import org.lms.domain.identity.Actor;
import org.lms.domain.shared.AccessDeniedException;

/**
 * Decides who may read a file; the bytes are then read outside the transaction. A caller who may
 * not see the file's course learns nothing (404); one who sees the course but not the file gets 403.
 */
@UseCase
public class DownloadFileService implements DownloadFileUseCase {

    private LoadFilePort loadFiles;
    private ManagedCourses courses;
    private LoadEnrollmentPort loadEnrollments;
    private FileStoragePort storage;

    protected DownloadFileService() {
    }

    @Inject
    public DownloadFileService(LoadFilePort loadFiles, LoadCoursePort loadCourses, LoadEnrollmentPort loadEnrollments,
                               FileStoragePort storage) {
        this.loadFiles = loadFiles;
        this.courses = new ManagedCourses(loadCourses);
        this.loadEnrollments = loadEnrollments;
        this.storage = storage;
    }

    @Override
    public FileDownload open(DownloadFileQuery query) {
        Actor.User user = query.actor().requireUser();
        StoredFile file = loadFiles.loadFile(query.fileId())
                .orElseThrow(() -> new StoredFileNotFoundException(query.fileId()));
        Course course;
        try {
            course = courses.loadVisible(user, file.courseId());
        } catch (CourseNotFoundException hidden) {
            throw new StoredFileNotFoundException(query.fileId());
        }
        boolean enrolled = loadEnrollments.loadEnrollment(course.id(), user.id())
                .filter(enrollment -> enrollment.status() == EnrollmentStatus.ACTIVE)
                .isPresent();
        if (!file.isReadableBy(user, course, enrolled)) {
            throw new AccessDeniedException("Only the course's staff, its enrolled students (for material) "
                    + "and the author (for a submission) may read this file");
        }
        String key = file.storageKey();
        return new FileDownload(FileView.of(file), (offset, length) -> storage.open(key, offset, length));
    }
}
