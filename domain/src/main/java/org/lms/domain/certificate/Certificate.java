package org.lms.domain.certificate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.lms.domain.certificate.event.CertificateIssued;
import org.lms.domain.certificate.event.CertificateRevoked;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.DisplayName;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.DomainEvent;
import org.lms.domain.shared.Text;

/**
 * Proof that a student completed a course.
 *
 * <p>Lifecycle: issued once per student and course after the course was completed (VALID); an admin
 * may revoke it with a reason (REVOKED), which is final. The course title and the holder's display
 * name are copied at issue time, so the certificate keeps saying what it said when later edits
 * (a renamed course, a renamed user) happen.
 *
 * <p>Invariants: the verification code is unique and random; a revoked certificate has a revocation
 * time and a reason of 1..{@value #MAX_REASON_LENGTH} characters.
 */
public final class Certificate {

    public static final int MAX_REASON_LENGTH = 500;
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_NAME_LENGTH = 200;

    private final CertificateId id;
    private final VerificationCode code;
    private final CourseId courseId;
    private final UserId studentId;
    private final String courseTitle;
    private final String holderName;
    private final Instant issuedAt;
    private Instant revokedAt;
    private String revocationReason;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private Certificate(CertificateId id, VerificationCode code, CourseId courseId, UserId studentId, String courseTitle,
                        String holderName, Instant issuedAt, Instant revokedAt, String revocationReason) {
        this.id = Objects.requireNonNull(id, "id");
        this.code = Objects.requireNonNull(code, "code");
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.studentId = Objects.requireNonNull(studentId, "studentId");
        this.courseTitle = Text.require("courseTitle", courseTitle, 1, MAX_TITLE_LENGTH, false);
        this.holderName = Text.require("holderName", holderName, 1, MAX_NAME_LENGTH, false);
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.revokedAt = revokedAt;
        this.revocationReason = revocationReason;
    }

    /** A new, valid certificate with a fresh code drawn from {@code random}. */
    public static Certificate issue(CourseId courseId, UserId studentId, DisplayName holder, String courseTitle,
                                    RandomGenerator random, Instant now) {
        Certificate certificate = new Certificate(CertificateId.newId(), VerificationCode.generate(random), courseId,
                studentId, courseTitle, holder.value(), now, null, null);
        certificate.pendingEvents.add(CertificateIssued.of(certificate.id, courseId, now));
        return certificate;
    }

    /** Rebuilds a stored certificate; raises no events. */
    public static Certificate restore(CertificateId id, VerificationCode code, CourseId courseId, UserId studentId,
                                      String courseTitle, String holderName, Instant issuedAt,
                                      Optional<Instant> revokedAt, Optional<String> revocationReason) {
        return new Certificate(id, code, courseId, studentId, courseTitle, holderName, issuedAt,
                revokedAt.orElse(null), revocationReason.orElse(null));
    }

    /** Admins only; once. */
    public void revoke(Actor actor, String reason, Instant now) {
        Actor.User user = actor.requireUser();
        if (!user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only admins may revoke certificates");
        }
        String why = Text.require("reason", reason, 1, MAX_REASON_LENGTH, false);
        if (revokedAt != null) {
            throw new CertificateAlreadyRevokedException();
        }
        revokedAt = now;
        revocationReason = why;
        pendingEvents.add(CertificateRevoked.of(id, user.id(), now));
    }

    /** The holder, the course's instructor and admins may see the full certificate. */
    public boolean isVisibleTo(Actor actor, UserId courseInstructor) {
        if (!(actor instanceof Actor.User user)) {
            return false;
        }
        return user.id().equals(studentId) || user.id().equals(courseInstructor) || user.hasRole(Role.ADMIN);
    }

    public CertificateStatus status() {
        return revokedAt == null ? CertificateStatus.VALID : CertificateStatus.REVOKED;
    }

    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    public CertificateId id() {
        return id;
    }

    public VerificationCode code() {
        return code;
    }

    public CourseId courseId() {
        return courseId;
    }

    public UserId studentId() {
        return studentId;
    }

    public String courseTitle() {
        return courseTitle;
    }

    public String holderName() {
        return holderName;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<String> revocationReason() {
        return Optional.ofNullable(revocationReason);
    }
}
