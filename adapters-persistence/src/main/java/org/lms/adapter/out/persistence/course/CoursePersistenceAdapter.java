package org.lms.adapter.out.persistence.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.lms.adapter.out.persistence.SqlFailures;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.CourseView;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.QueryCoursesPort;
import org.lms.application.port.out.SaveCoursePort;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseCodeTakenException;
import org.lms.domain.course.CourseId;
import org.lms.domain.course.CourseNotFoundException;
import org.lms.domain.course.CourseStatus;
import org.lms.domain.course.StaleCourseVersionException;

/** Courses in the {@code course} table, through JPA. Runs inside the caller's transaction. */
@ApplicationScoped
public class CoursePersistenceAdapter implements LoadCoursePort, SaveCoursePort, QueryCoursesPort {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    protected CoursePersistenceAdapter() {
    }

    /** For tests outside the container. */
    public CoursePersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Course> loadCourse(CourseId id) {
        return Optional.ofNullable(em.find(CourseJpaEntity.class, id.value())).map(CoursePersistenceMapper::toDomain);
    }

    @Override
    public boolean isCodeTaken(CourseCode code) {
        return !em.createQuery("select c.id from CourseJpaEntity c where c.code = :code", Object.class)
                .setParameter("code", code.value())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Course insertCourse(Course course) {
        CourseJpaEntity row = CoursePersistenceMapper.toNewEntity(course);
        try {
            em.persist(row);
            em.flush();
        } catch (PersistenceException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                throw new CourseCodeTakenException(course.code());
            }
            throw e;
        }
        return CoursePersistenceMapper.toDomain(row);
    }

    @Override
    public Course updateCourse(Course course) {
        CourseJpaEntity row = em.find(CourseJpaEntity.class, course.id().value());
        if (row == null) {
            throw new CourseNotFoundException(course.id());
        }
        if (row.version != course.version()) {
            throw new StaleCourseVersionException(course.id(), course.version(), row.version);
        }
        CoursePersistenceMapper.copyChangeableState(course, row);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleCourseVersionException(course.id());
        }
        return CoursePersistenceMapper.toDomain(row);
    }

    @Override
    public Page<CourseView> listCourses(Optional<CourseStatus> status, DraftScope drafts, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        status.ifPresent(s -> where.append(" and c.status = :status"));
        if (drafts instanceof DraftScope.OwnedBy) {
            where.append(" and (c.status = :published or c.instructorId = :owner)");
        } else if (drafts instanceof DraftScope.None) {
            where.append(" and c.status = :published");
        }
        TypedQuery<CourseJpaEntity> rows = bind(em.createQuery("select c from CourseJpaEntity c" + where
                + " order by c.createdAt desc, c.id", CourseJpaEntity.class), status, drafts);
        TypedQuery<Long> count = bind(em.createQuery("select count(c) from CourseJpaEntity c" + where, Long.class),
                status, drafts);
        List<CourseView> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(CoursePersistenceMapper::toView).toList();
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Optional<CourseStatus> status, DraftScope drafts) {
        status.ifPresent(s -> query.setParameter("status", s));
        if (!(drafts instanceof DraftScope.All)) {
            query.setParameter("published", CourseStatus.PUBLISHED);
        }
        if (drafts instanceof DraftScope.OwnedBy owned) {
            query.setParameter("owner", owned.instructor().value());
        }
        return query;
    }
}
