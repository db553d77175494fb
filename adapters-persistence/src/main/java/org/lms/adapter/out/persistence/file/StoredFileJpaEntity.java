package org.lms.adapter.out.persistence.file;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.lms.domain.file.FilePurpose;

/** The row of table {@code stored_file}; written once, never updated. */
@Entity
@Table(name = "stored_file")
public class StoredFileJpaEntity {

    @Id
    UUID id;

    @Column(name = "course_id", nullable = false, updatable = false)
    UUID courseId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    UUID ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    FilePurpose purpose;

    @Column(name = "original_name", nullable = false, updatable = false)
    String originalName;

    @Column(name = "content_type", nullable = false, updatable = false)
    String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    long sizeBytes;

    @Column(nullable = false, updatable = false)
    String sha256;

    @Column(name = "storage_key", nullable = false, updatable = false)
    String storageKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;
}
