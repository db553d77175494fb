package org.lms.adapter.out.persistence.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.lms.application.port.out.LoadFilePort;
import org.lms.application.port.out.SaveFilePort;
import org.lms.domain.course.CourseId;
import org.lms.domain.file.FileContentType;
import org.lms.domain.file.FileId;
import org.lms.domain.file.FileName;
import org.lms.domain.file.StoredFile;
import org.lms.domain.identity.UserId;

/** File metadata in the {@code stored_file} table. Runs inside the caller's transaction. */
@ApplicationScoped
public class StoredFilePersistenceAdapter implements LoadFilePort, SaveFilePort {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    protected StoredFilePersistenceAdapter() {
    }

    /** For tests outside the container. */
    public StoredFilePersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<StoredFile> loadFile(FileId id) {
        return Optional.ofNullable(em.find(StoredFileJpaEntity.class, id.value())).map(StoredFilePersistenceAdapter::toDomain);
    }

    @Override
    public StoredFile insertFile(StoredFile file) {
        StoredFileJpaEntity row = new StoredFileJpaEntity();
        row.id = file.id().value();
        row.courseId = file.courseId().value();
        row.ownerId = file.ownerId().value();
        row.purpose = file.purpose();
        row.originalName = file.name().value();
        row.contentType = file.contentType().value();
        row.sizeBytes = file.sizeBytes();
        row.sha256 = file.sha256();
        row.storageKey = file.storageKey();
        row.createdAt = file.createdAt();
        em.persist(row);
        em.flush();
        return toDomain(row);
    }

    private static StoredFile toDomain(StoredFileJpaEntity row) {
        return new StoredFile(new FileId(row.id), new CourseId(row.courseId), new UserId(row.ownerId), row.purpose,
                new FileName(row.originalName), new FileContentType(row.contentType), row.sizeBytes, row.sha256,
                row.storageKey, row.createdAt);
    }
}
