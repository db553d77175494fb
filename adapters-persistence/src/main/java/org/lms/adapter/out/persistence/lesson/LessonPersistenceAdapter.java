package org.lms.adapter.out.persistence.lesson;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.lms.application.port.out.LoadLessonsPort;
import org.lms.application.port.out.SaveLessonPort;
import org.lms.domain.course.CourseId;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.lesson.LessonNotFoundException;

/** Lessons in the {@code lesson} table, through JPA. Runs inside the caller's transaction. */
@ApplicationScoped
public class LessonPersistenceAdapter implements LoadLessonsPort, SaveLessonPort {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    protected LessonPersistenceAdapter() {
    }

    /** For tests outside the container. */
    public LessonPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Lesson> loadLesson(LessonId id) {
        return Optional.ofNullable(em.find(LessonJpaEntity.class, id.value())).map(LessonPersistenceMapper::toDomain);
    }

    @Override
    public List<Lesson> loadLessons(CourseId courseId) {
        return em.createQuery("select l from LessonJpaEntity l where l.courseId = :course order by l.position, l.id",
                        LessonJpaEntity.class)
                .setParameter("course", courseId.value())
                .getResultStream().map(LessonPersistenceMapper::toDomain).toList();
    }

    @Override
    public Lesson insertLesson(Lesson lesson) {
        LessonJpaEntity row = LessonPersistenceMapper.toNewEntity(lesson);
        em.persist(row);
        em.flush();
        return LessonPersistenceMapper.toDomain(row);
    }

    @Override
    public List<Lesson> updateLessons(List<Lesson> lessons) {
        List<LessonJpaEntity> rows = lessons.stream().map(lesson -> {
            LessonJpaEntity row = em.find(LessonJpaEntity.class, lesson.id().value());
            if (row == null) {
                throw new LessonNotFoundException(lesson.courseId(), lesson.id());
            }
            LessonPersistenceMapper.copyChangeableState(lesson, row);
            return row;
        }).toList();
        em.flush();
        return rows.stream().map(LessonPersistenceMapper::toDomain).toList();
    }

    @Override
    public void deleteLesson(LessonId id) {
        // Completions go with the lesson (ON DELETE CASCADE); the lesson's file stays as course material.
        em.createQuery("delete from LessonJpaEntity l where l.id = :id").setParameter("id", id.value()).executeUpdate();
    }
}
