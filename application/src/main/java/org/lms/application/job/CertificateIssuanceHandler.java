package org.lms.application.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.LoadProgressPort;
import org.lms.application.port.out.LoadUserPort;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.application.port.out.SaveCertificatePort;
import org.lms.domain.certificate.Certificate;
import org.lms.domain.course.Course;
import org.lms.domain.identity.UserAccount;
import org.lms.domain.job.JobType;

/**
 * Issues the certificate of a completed course. Idempotent through the store: the unique student
 * and course pair lets only the first run (or the first of two racing workers) store one, and only
 * that run announces it. The holder's display name is read now and kept on the certificate. A job
 * for a completion (or a student) that does not exist fails, so it ends dead-lettered where an admin
 * sees it, instead of certifying something that did not happen.
 */
@ApplicationScoped
public class CertificateIssuanceHandler implements JobHandler {

    private LoadCoursePort loadCourses;
    private LoadProgressPort loadProgress;
    private LoadUserPort loadUsers;
    private SaveCertificatePort saveCertificates;
    private PublishEventsPort events;
    private Clock clock;
    private RandomGenerator random;

    protected CertificateIssuanceHandler() {
    }

    @Inject
    public CertificateIssuanceHandler(LoadCoursePort loadCourses, LoadProgressPort loadProgress, LoadUserPort loadUsers,
                                      SaveCertificatePort saveCertificates, PublishEventsPort events, Clock clock) {
        this(loadCourses, loadProgress, loadUsers, saveCertificates, events, clock, new SecureRandom());
    }

    public CertificateIssuanceHandler(LoadCoursePort loadCourses, LoadProgressPort loadProgress, LoadUserPort loadUsers,
                                      SaveCertificatePort saveCertificates, PublishEventsPort events, Clock clock,
                                      RandomGenerator random) {
        this.loadCourses = loadCourses;
        this.loadProgress = loadProgress;
        this.loadUsers = loadUsers;
        this.saveCertificates = saveCertificates;
        this.events = events;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public JobType type() {
        return JobType.CERTIFICATE_ISSUANCE;
    }

    @Override
    public void handle(String payload) {
        CertificateIssuanceJob job = CertificateIssuanceJob.parse(payload);
        Course course = loadCourses.loadCourse(job.courseId())
                .orElseThrow(() -> new IllegalStateException("No course " + job.courseId()));
        if (loadProgress.loadProgress(job.courseId(), job.studentId()).courseCompletedAt().isEmpty()) {
            throw new IllegalStateException("Student " + job.studentId() + " has not completed course " + job.courseId());
        }
        UserAccount student = loadUsers.loadUser(job.studentId())
                .orElseThrow(() -> new IllegalStateException("No user " + job.studentId()));
        Certificate certificate = Certificate.issue(course.id(), job.studentId(), student.name(), course.title().value(),
                random, clock.instant());
        if (saveCertificates.insertCertificateIfAbsent(certificate)) {
            events.publish(certificate.pullEvents());
        }
    }
}
