package org.lms.adapter.out.persistence.lesson;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.lms.domain.lesson.CompletionRule;
import org.lms.domain.lesson.LessonType;

/** The row of table {@code lesson}; the content columns of other types stay null. */
@Entity
@Table(name = "lesson")
public class LessonJpaEntity {

    @Id
    UUID id;

    @Column(name = "course_id", nullable = false, updatable = false)
    UUID courseId;

    @Column(nullable = false)
    int position;

    @Column(nullable = false)
    String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    LessonType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "completion_rule", nullable = false)
    CompletionRule completionRule;

    @Column(nullable = false)
    boolean required;

    @Column(name = "video_url")
    String videoUrl;

    @Column(name = "duration_seconds")
    Integer durationSeconds;

    @Column(columnDefinition = "text")
    String body;

    @Column(name = "file_id")
    UUID fileId;

    @Column(name = "quiz_id")
    UUID quizId;

    @Column(name = "due_at")
    Instant dueAt;

    @Column(name = "pass_score")
    Integer passScore;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
