package org.lms.adapter.out.persistence.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.out.LoadCertificatePort;
import org.lms.application.port.out.SaveCertificatePort;
import org.lms.domain.certificate.Certificate;
import org.lms.domain.certificate.CertificateId;
import org.lms.domain.certificate.VerificationCode;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;

/**
 * Certificates in table {@code certificate}, in plain SQL: a row is inserted once and changes only
 * when it is revoked. The insert's ON CONFLICT DO NOTHING on the student and course pair lets a
 * second issuer lose quietly without aborting its PostgreSQL transaction (H2 takes no conflict
 * target, so a lost insert is told apart from a colliding code afterwards).
 */
@ApplicationScoped
public class CertificatePersistenceAdapter implements LoadCertificatePort, SaveCertificatePort {

    private static final String COLUMNS = "SELECT id, code, course_id, student_id, course_title, holder_name,"
            + " issued_at, revoked_at, revocation_reason FROM certificate";
    private static final String INSERT = "INSERT INTO certificate (id, code, course_id, student_id, course_title,"
            + " holder_name, issued_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            + " ON CONFLICT DO NOTHING";

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    protected CertificatePersistenceAdapter() {
    }

    /** For tests outside the container. */
    public CertificatePersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Certificate> loadCertificate(VerificationCode code) {
        return em.createNativeQuery(COLUMNS + " WHERE code = ?1").setParameter(1, code.value())
                .getResultList().stream().findFirst().map(CertificatePersistenceAdapter::toDomain);
    }

    @Override
    public Page<Certificate> listCertificates(UserId studentId, PageRequest page) {
        List<Certificate> items = em.createNativeQuery(COLUMNS + " WHERE student_id = ?1 ORDER BY issued_at DESC, id")
                .setParameter(1, studentId.value()).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList().stream().map(CertificatePersistenceAdapter::toDomain).toList();
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM certificate WHERE student_id = ?1")
                .setParameter(1, studentId.value()).getSingleResult()).longValue();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    public boolean insertCertificateIfAbsent(Certificate certificate) {
        int inserted = em.createNativeQuery(INSERT)
                .setParameter(1, certificate.id().value())
                .setParameter(2, certificate.code().value())
                .setParameter(3, certificate.courseId().value())
                .setParameter(4, certificate.studentId().value())
                .setParameter(5, certificate.courseTitle())
                .setParameter(6, certificate.holderName())
                .setParameter(7, certificate.issuedAt().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        if (inserted == 1) {
            return true;
        }
        long existing = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM certificate"
                        + " WHERE course_id = ?1 AND student_id = ?2")
                .setParameter(1, certificate.courseId().value()).setParameter(2, certificate.studentId().value())
                .getSingleResult()).longValue();
        if (existing == 0) {
            // Only a verification code drawn twice gets here; the job's retry draws a new one.
            throw new IllegalStateException("Verification code already taken; certificate not stored");
        }
        return false;
    }

    @Override
    public void updateCertificate(Certificate certificate) {
        em.createNativeQuery("UPDATE certificate SET revoked_at = ?2, revocation_reason = ?3 WHERE id = ?1")
                .setParameter(1, certificate.id().value())
                .setParameter(2, certificate.revokedAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null))
                .setParameter(3, certificate.revocationReason().orElse(null))
                .executeUpdate();
    }

    private static Certificate toDomain(Object row) {
        Object[] c = (Object[]) row;
        return Certificate.restore(new CertificateId(uuid(c[0])), new VerificationCode((String) c[1]),
                new CourseId(uuid(c[2])), new UserId(uuid(c[3])), (String) c[4], (String) c[5], instant(c[6]),
                Optional.ofNullable(c[7]).map(CertificatePersistenceAdapter::instant), Optional.ofNullable((String) c[8]));
    }

    /** Drivers disagree on the Java type of a uuid column in native results. */
    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    /** Hibernate returns timestamptz as OffsetDateTime, Instant or Timestamp depending on version and driver. */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }
}
