package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.FileView;
import org.lms.application.port.in.UploadFileUseCase;
import org.lms.application.port.out.FileStoragePort;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.SaveFilePort;
import org.lms.domain.course.Course;
import org.lms.domain.file.FileId;
import org.lms.domain.file.FilePurpose;
import org.lms.domain.file.StoredFile;

@UseCase
public class UploadFileService implements UploadFileUseCase {

    private ManagedCourses courses;
    private StoredUploads uploads;
    private SaveFilePort saveFiles;
    private Clock clock;

    protected UploadFileService() {
    }

    @Inject
    public UploadFileService(LoadCoursePort loadCourses, FileStoragePort storage, SaveFilePort saveFiles, Clock clock) {
        this.courses = new ManagedCourses(loadCourses);
        this.uploads = new StoredUploads(storage);
        this.saveFiles = saveFiles;
        this.clock = clock;
    }

    @Override
    public FileView upload(UploadFileCommand command) {
        Course course = courses.loadVisible(command.actor(), command.courseId());
        // Checked before a byte is read, so a refused caller never fills the disk.
        StoredFile.ensureMayUpload(command.actor(), course, FilePurpose.LESSON_MATERIAL, false);
        StoredFile stored = uploads.storeThen(command.content(), content -> saveFiles.insertFile(new StoredFile(
                FileId.newId(), course.id(), command.actor().requireUser().id(), FilePurpose.LESSON_MATERIAL,
                command.name(), command.contentType(), content.sizeBytes(), content.sha256(), content.key(),
                clock.instant())));
        return FileView.of(stored);
    }
}
