package org.lms.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.application.common.PageRequest;
import org.lms.application.job.CertificateIssuanceHandler;
import org.lms.application.job.CertificateIssuanceJob;
import org.lms.application.port.in.BrowseCertificatesUseCase.OwnCertificatesQuery;
import org.lms.application.port.in.CertificateView;
import org.lms.application.port.in.RevokeCertificateUseCase.RevokeCertificateCommand;
import org.lms.application.port.out.LoadProgressPort.StoredProgress;
import org.lms.domain.certificate.CertificateAlreadyRevokedException;
import org.lms.domain.certificate.CertificateNotFoundException;
import org.lms.domain.certificate.CertificateStatus;
import org.lms.domain.certificate.event.CertificateIssued;
import org.lms.domain.certificate.event.CertificateRevoked;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseId;
import org.lms.domain.course.CourseStatus;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.DisplayName;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserAccount;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.InvalidValueException;

class CertificateServicesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
    private final Actor.User instructor = user(Role.INSTRUCTOR);
    private final Actor.User student = user(Role.STUDENT);
    private final Actor.User admin = user(Role.ADMIN);
    private final Course course = Course.restore(new CourseId(UUID.randomUUID()), new CourseCode("CERT-1"),
            instructor.id(), new CourseTitle("Algorithms <&> Data"), new CourseDescription(""), CourseStatus.PUBLISHED,
            clock.instant(), clock.instant(), clock.instant(), 1);
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryCertificates certificates = new InMemoryCertificates();
    private final InMemoryJobs events = new InMemoryJobs();
    private Optional<Instant> completedAt = Optional.of(clock.instant());
    private final InMemoryIdentity users = new InMemoryIdentity();
    private final CertificateIssuanceHandler issue = new CertificateIssuanceHandler(
            courses,
            (courseId, studentId) -> new StoredProgress(Map.of(), completedAt), users, certificates, events, clock,
            new Random(11));
    private final BrowseCertificatesService browse = new BrowseCertificatesService(certificates, courses);

    {
        courses.insertCourse(course);
        users.insertUser(UserAccount.restore(student.id(), new EmailAddress("ada@example.org"),
                new DisplayName("Ada Lovelace"), "hash", Set.of(Role.STUDENT), true, null, false, -1, List.of(),
                clock.instant(), 0));
    }
    private final RevokeCertificateService revoke = new RevokeCertificateService(certificates, certificates, events,
            clock);

    private static Actor.User user(Role role) {
        return new Actor.User(new UserId(UUID.randomUUID()), Set.of(role));
    }

    private String payload() {
        return new CertificateIssuanceJob(course.id(), student.id()).toJob(3, clock.instant()).payload();
    }

    private String issued() {
        issue.handle(payload());
        return certificates.stored.get(0).code().value();
    }

    @Test
    void theJobIssuesOneCertificateHoweverOftenItRuns() {
        issue.handle(payload());
        issue.handle(payload());

        assertThat(certificates.stored).singleElement().satisfies(certificate -> {
            assertThat(certificate.courseTitle()).isEqualTo("Algorithms <&> Data");
            assertThat(certificate.holderName()).isEqualTo("Ada Lovelace");
            assertThat(certificate.issuedAt()).isEqualTo(clock.instant());
        });
        assertThat(events.published).singleElement().isInstanceOf(CertificateIssued.class);
    }

    @Test
    void aJobForACompletionThatDidNotHappenFailsAndIssuesNothing() {
        completedAt = Optional.empty();
        assertThatThrownBy(() -> issue.handle(payload())).isInstanceOf(IllegalStateException.class);
        String unknownCourse = new CertificateIssuanceJob(new CourseId(UUID.randomUUID()), student.id())
                .toJob(3, clock.instant()).payload();
        assertThatThrownBy(() -> issue.handle(unknownCourse)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> issue.handle("{\"courseId\":\"x\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThat(certificates.stored).isEmpty();
    }

    @Test
    void aJobForAStudentWithoutAnAccountFailsAndIssuesNothing() {
        String stranger = new CertificateIssuanceJob(course.id(), new UserId(UUID.randomUUID()))
                .toJob(3, clock.instant()).payload();
        assertThatThrownBy(() -> issue.handle(stranger)).isInstanceOf(IllegalStateException.class);
        assertThat(certificates.stored).isEmpty();
    }

    @Test
    void anyoneVerifiesByCodeWhileOnlyMalformedOrUnknownCodesAreRefused() {
        String code = issued();
        CertificateView verified = browse.verify(code.toLowerCase());
        assertThat(verified.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(verified.courseTitle()).isEqualTo("Algorithms <&> Data");

        assertThatThrownBy(() -> browse.verify("not-a-code")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> browse.verify("A".repeat(20))).isInstanceOf(CertificateNotFoundException.class);
    }

    @Test
    void theHolderTheInstructorAndAdminsReadTheCertificateOthersFindNothing() {
        String code = issued();
        assertThat(browse.find(student, code).code()).isEqualTo(code);
        assertThat(browse.find(instructor, code).code()).isEqualTo(code);
        assertThat(browse.find(admin, code).code()).isEqualTo(code);
        assertThatThrownBy(() -> browse.find(user(Role.STUDENT), code)).isInstanceOf(CertificateNotFoundException.class);
        assertThat(browse.listOwn(new OwnCertificatesQuery(student, new PageRequest(0, 10))).items())
                .extracting(CertificateView::code).containsExactly(code);
        assertThat(browse.listOwn(new OwnCertificatesQuery(instructor, new PageRequest(0, 10))).total()).isZero();
    }

    @Test
    void anAdminRevokesOnceAndVerificationThenSaysRevoked() {
        String code = issued();
        events.published.clear();
        assertThatThrownBy(() -> revoke.revoke(new RevokeCertificateCommand(instructor, code, "no")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> revoke.revoke(new RevokeCertificateCommand(instructor, "A".repeat(20), "no")))
                .isInstanceOf(AccessDeniedException.class);

        CertificateView revoked = revoke.revoke(new RevokeCertificateCommand(admin, code, "Issued in error"));

        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(browse.verify(code).status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(browse.verify(code).revocationReason()).contains("Issued in error");
        assertThat(events.published).singleElement().isInstanceOf(CertificateRevoked.class);
        assertThatThrownBy(() -> revoke.revoke(new RevokeCertificateCommand(admin, code, "again")))
                .isInstanceOf(CertificateAlreadyRevokedException.class);
    }
}
