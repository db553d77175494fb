package org.lms.adapter.out.persistence.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.lms.domain.course.CourseStatus;

/** The row of table {@code course}; only the mapper and the adapter touch it. */
@Entity
@Table(name = "course")
public class CourseJpaEntity {

    @Id
    UUID id;

    @Column(nullable = false, updatable = false)
    String code;

    @Column(nullable = false)
    String title;

    @Column(nullable = false)
    String description;

    @Column(name = "instructor_id", nullable = false, updatable = false)
    UUID instructorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CourseStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "published_at")
    Instant publishedAt;

    @Version
    long version;
}
