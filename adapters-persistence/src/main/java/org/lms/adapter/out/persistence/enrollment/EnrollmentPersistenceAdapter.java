package org.lms.adapter.out.persistence.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.EnrollmentView;
import org.lms.application.port.out.LoadEnrollmentPort;
import org.lms.application.port.out.QueryEnrollmentsPort;
import org.lms.application.port.out.SaveEnrollmentPort;
import org.lms.domain.course.CourseId;
import org.lms.domain.enrollment.Enrollment;
import org.lms.domain.enrollment.EnrollmentNotFoundException;
import org.lms.domain.enrollment.StaleEnrollmentVersionException;
import org.lms.domain.identity.UserId;

/** Enrollments in the {@code enrollment} table, through JPA. Runs inside the caller's transaction. */
@ApplicationScoped
public class EnrollmentPersistenceAdapter implements LoadEnrollmentPort, SaveEnrollmentPort, QueryEnrollmentsPort {

    /**
     * Inserting through the unique (course_id, student_id) constraint without failing: a plain
     * insert that loses the race aborts the whole PostgreSQL transaction, so the loser could not
     * even read the winner's row. Both PostgreSQL and H2 (PostgreSQL mode) accept this form.
     */
    private static final String INSERT_UNLESS_ENROLLED = "INSERT INTO enrollment"
            + " (id, course_id, student_id, status, enrolled_at, dropped_at, version)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, NULL, 0) ON CONFLICT DO NOTHING";

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    protected EnrollmentPersistenceAdapter() {
    }

    /** For tests outside the container. */
    public EnrollmentPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Enrollment> loadEnrollment(CourseId courseId, UserId studentId) {
        return findRow(courseId.value(), studentId.value()).map(EnrollmentPersistenceMapper::toDomain);
    }

    @Override
    public Enrollment insertEnrollment(Enrollment enrollment) {
        int inserted = em.createNativeQuery(INSERT_UNLESS_ENROLLED)
                .setParameter(1, enrollment.id().value())
                .setParameter(2, enrollment.courseId().value())
                .setParameter(3, enrollment.studentId().value())
                .setParameter(4, enrollment.status().name())
                .setParameter(5, enrollment.enrolledAt().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        if (inserted == 1) {
            return Enrollment.restore(enrollment.id(), enrollment.courseId(), enrollment.studentId(),
                    enrollment.status(), enrollment.enrolledAt(), null, 0);
        }
        // The insert waited for the concurrent winner to commit; this new statement sees its row.
        return loadEnrollment(enrollment.courseId(), enrollment.studentId())
                .orElseThrow(() -> new IllegalStateException("Enrollment " + enrollment.id()
                        + " was neither inserted nor found; the conflict was not on course and student"));
    }

    @Override
    public Enrollment updateEnrollment(Enrollment enrollment) {
        EnrollmentJpaEntity row = findRow(enrollment.courseId().value(), enrollment.studentId().value())
                .orElseThrow(() -> new EnrollmentNotFoundException(enrollment.courseId(), enrollment.studentId()));
        if (row.version != enrollment.version()) {
            throw new StaleEnrollmentVersionException(enrollment.id());
        }
        EnrollmentPersistenceMapper.copyChangeableState(enrollment, row);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEnrollmentVersionException(enrollment.id());
        }
        return EnrollmentPersistenceMapper.toDomain(row);
    }

    @Override
    public Page<EnrollmentView> listEnrollmentsOfCourse(CourseId courseId, PageRequest page) {
        return list("courseId", courseId.value(), page);
    }

    @Override
    public Page<EnrollmentView> listEnrollmentsOfStudent(UserId studentId, PageRequest page) {
        return list("studentId", studentId.value(), page);
    }

    private Optional<EnrollmentJpaEntity> findRow(UUID courseId, UUID studentId) {
        return em.createQuery("select e from EnrollmentJpaEntity e"
                        + " where e.courseId = :course and e.studentId = :student", EnrollmentJpaEntity.class)
                .setParameter("course", courseId)
                .setParameter("student", studentId)
                .getResultStream()
                .findFirst();
    }

    /** {@code attribute} is one of the two fixed names above, never caller input. */
    private Page<EnrollmentView> list(String attribute, UUID value, PageRequest page) {
        String where = " where e." + attribute + " = :value";
        List<EnrollmentView> items = em.createQuery("select e from EnrollmentJpaEntity e" + where
                        + " order by e.enrolledAt desc, e.id", EnrollmentJpaEntity.class)
                .setParameter("value", value)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultStream().map(EnrollmentPersistenceMapper::toView).toList();
        long total = em.createQuery("select count(e) from EnrollmentJpaEntity e" + where, Long.class)
                .setParameter("value", value)
                .getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
    }
}
