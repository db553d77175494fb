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
import org.lms.domain.enrollment.Enrollment;
import org.lms.domain.enrollment.EnrollmentStatus;
import org.lms.domain.identity.UserId;
import org.lms.domain.progress.CourseProgress;
import org.lms.domain.progress.NotEnrolledException;
import org.lms.domain.progress.event.CourseCompleted;
import org.lms.domain.shared.DomainEvent;

/**
 * The one place where completions take effect, whoever records them (the student's own word, a
 * submission, a passing grade, quiz grading): loads a student's progress, and after the caller stored what it
 * recorded, enqueues the certificate of a completed course in the same transaction (events are
 * observed after the commit, too late for the outbox) and announces the events.
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

    /** The progress of an actively enrolled student; anyone else is refused. */
    CourseProgress load(CourseId courseId, UserId studentId) {
        return loadIfEnrolled(courseId, studentId).orElseThrow(() -> new NotEnrolledException(courseId));
    }

    /** The progress of an actively enrolled student; empty for anyone else. */
    Optional<CourseProgress> loadIfEnrolled(CourseId courseId, UserId studentId) {
        Optional<Enrollment> enrollment = loadEnrollments.loadEnrollment(courseId, studentId)
                .filter(found -> found.status() == EnrollmentStatus.ACTIVE);
        return enrollment.map(active -> {
            StoredProgress stored = loadProgress.loadProgress(courseId, studentId);
            return CourseProgress.of(active, stored.completedLessons(), stored.courseCompletedAt());
        });
    }

    /** Call after storing {@code progress}: enqueues certificates of completed courses, publishes the events. */
    void announce(CourseProgress progress) {
        announce(progress.pullEvents());
    }

    /** Enqueues the certificate of each completed course among {@code happened}, then publishes them all. */
    void announce(List<DomainEvent> happened) {
        happened.stream().filter(CourseCompleted.class::isInstance).map(CourseCompleted.class::cast)
                .forEach(completed -> enqueue.enqueue(CertificateIssuanceJob.of(completed)
                        .toJob(jobSettings.maxAttempts(), clock.instant())));
        events.publish(happened);
    }
}
