package org.lms.adapter.out.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import org.lms.adapter.out.metrics.catalogue.CataloguedMetrics;
import org.lms.domain.assignment.event.AssignmentGraded;
import org.lms.domain.certificate.event.CertificateIssued;
import org.lms.domain.certificate.event.CertificateRevoked;
import org.lms.domain.course.event.CourseCreated;
import org.lms.domain.course.event.CoursePublished;
import org.lms.domain.course.event.CourseUpdated;
import org.lms.domain.enrollment.event.EnrollmentDropped;
import org.lms.domain.enrollment.event.StudentEnrolled;
import org.lms.domain.progress.event.CourseCompleted;
import org.lms.domain.progress.event.LessonCompleted;
import org.lms.domain.job.JobOutcome;
import org.lms.domain.job.event.JobExecuted;
import org.lms.domain.quiz.event.QuizAttemptGraded;
import org.lms.domain.quiz.event.QuizAttemptStarted;

/**
 * Business counters, counted from domain events once their transaction has committed, so a
 * rolled-back change is never counted.
 */
@ApplicationScoped
public class DomainEventMetrics {

    private CataloguedMetrics metrics;

    protected DomainEventMetrics() {
    }

    @Inject
    public DomainEventMetrics(CataloguedMetrics metrics) {
        this.metrics = metrics;
    }

    void courseCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCreated event) {
        metrics.counter("lms_courses_created_total").inc();
    }

    void courseUpdated(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseUpdated event) {
        metrics.counter("lms_courses_updated_total").inc();
    }

    void coursePublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) CoursePublished event) {
        metrics.counter("lms_courses_published_total").inc();
    }

    void studentEnrolled(@Observes(during = TransactionPhase.AFTER_SUCCESS) StudentEnrolled event) {
        metrics.counter("lms_enrollments_created_total").inc();
    }

    void lessonCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) LessonCompleted event) {
        metrics.counter("lms_lesson_completions_total", Map.of("lesson_type", event.lessonType().name())).inc();
    }

    void courseCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted event) {
        metrics.counter("lms_course_completions_total").inc();
        metrics.timer("lms_enrollment_completion_duration_seconds", Map.of()).update(event.timeToComplete());
    }

    void assignmentGraded(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssignmentGraded event) {
        metrics.counter("lms_assignments_graded_total", Map.of("result", event.passed() ? "passed" : "failed")).inc();
        metrics.timer("lms_assignment_grading_delay_seconds", Map.of()).update(event.gradingDelay());
    }

    void enrollmentDropped(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrollmentDropped event) {
        metrics.counter("lms_enrollments_dropped_total").inc();
    }

    void certificateIssued(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateIssued event) {
        metrics.counter("lms_certificates_issued_total").inc();
    }

    void certificateRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateRevoked event) {
        metrics.counter("lms_certificates_revoked_total").inc();
    }

    void quizAttemptStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuizAttemptStarted event) {
        metrics.counter("lms_quiz_attempts_started_total").inc();
    }

    /** Submitted and expired attempts alike, each once: expiry is graded once, when the server closes it. */
    void quizAttemptGraded(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuizAttemptGraded event) {
        metrics.counter("lms_quiz_attempts_submitted_total", Map.of("result", event.passed() ? "passed" : "failed",
                "timing", event.late() ? "late" : "on_time")).inc();
        // Rounded up, so that a score lands in the bucket of its whole-number bound (70.01 is above le="70").
        metrics.histogram("lms_quiz_score_percent", Map.of())
                .update(event.percent().setScale(0, RoundingMode.CEILING).longValueExact());
        metrics.timer("lms_quiz_attempt_duration_seconds", Map.of()).update(event.duration());
    }

    void jobExecuted(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobExecuted event) {
        Map<String, String> type = Map.of("type", event.type().name());
        metrics.counter("lms_job_executions_total", Map.of("type", event.type().name(),
                "outcome", event.outcome().name().toLowerCase(Locale.ROOT))).inc();
        metrics.timer("lms_job_duration_seconds", type).update(event.took());
        if (event.outcome() == JobOutcome.DEAD) {
            metrics.counter("lms_jobs_dead_lettered_total", type).inc();
        }
    }
}
