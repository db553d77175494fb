package org.lms.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.lms.application.job.CertificateIssuanceJob;
import org.lms.application.job.JobQueueSettings;
import org.lms.application.port.out.EnqueueJobPort;
import org.lms.application.port.out.LoadEnrollmentPort;
import org.lms.application.port.out.LoadProgressPort;
import org.lms.application.port.out.LoadProgressPort.StoredProgress;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.domain.course.CourseId;
import org.lms.domain.enrollment.EnrollmentStatus;
import org.lms.domain.identity.UserId;
import org.lms.domain.progress.CourseProgress;
import org.lms.domain.progress.event.CourseCompleted;
import org.lms.domain.shared.DomainEvent;

/**
 * Loads a student's progress in a course, and announces what a change of it caused. A completed
 * course also enqueues its certificate's issuance in the same transaction: events are observed
 * after the commit, too late for the outbox. Shared by every way a lesson gets completed.
 */
final class StudentProgress {

    private final LoadEnrollmentPort loadEnrollments;
    private final LoadProgressPort loadProgress;
    private final EnqueueJobPort enqueue;
    private final JobQueueSettings jobSettings;
    private final PublishEventsPort events;
    private final Clock clock;

    StudentProgress(LoadEnrollmentPort loadEnrollments, LoadProgressPort loadProgress, EnqueueJobPort enqueue,
                    JobQueueSettings jobSettings, PublishEventsPort events, Clock clock) {
        this.loadEnrollments = loadEnrollments;
        this.loadProgress = loadProgress;
        this.enqueue = enqueue;
        this.jobSettings = jobSettings;
        this.events = events;
        this.clock = clock;
    }

    /** Empty when the student is not, or no longer, actively enrolled. */
    Optional<CourseProgress> ofActiveEnrollment(CourseId courseId, UserId studentId) {
        return loadEnrollments.loadEnrollment(courseId, studentId)
                .filter(enrollment -> enrollment.status() == EnrollmentStatus.ACTIVE)
                .map(enrollment -> {
                    StoredProgress stored = loadProgress.loadProgress(courseId, studentId);
                    return CourseProgress.of(enrollment, stored.completedLessons(), stored.courseCompletedAt());
                });
    }

    /** Enqueues the certificate of each completed course among {@code happened}, then publishes them all. */
    void announce(List<DomainEvent> happened) {
        happened.stream().filter(CourseCompleted.class::isInstance).map(CourseCompleted.class::cast)
                .forEach(completed -> enqueue.enqueue(CertificateIssuanceJob.of(completed)
                        .toJob(jobSettings.maxAttempts(), clock.instant())));
        events.publish(happened);
    }
}
