package org.lms.adapter.out.persistence.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.lms.domain.enrollment.EnrollmentStatus;

/** The row of table {@code enrollment}; only the mapper and the adapter touch it. */
@Entity
@Table(name = "enrollment")
public class EnrollmentJpaEntity {

    @Id
    UUID id;

    @Column(name = "course_id", nullable = false, updatable = false)
    UUID courseId;

    @Column(name = "student_id", nullable = false, updatable = false)
    UUID studentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    EnrollmentStatus status;

    @Column(name = "enrolled_at", nullable = false)
    Instant enrolledAt;

    @Column(name = "dropped_at")
    Instant droppedAt;

    @Version
    long version;
}
