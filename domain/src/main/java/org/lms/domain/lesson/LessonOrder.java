package org.lms.domain.lesson;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lms.domain.course.Course;
import org.lms.domain.identity.Actor;
import org.lms.domain.shared.InvalidValueException;

/** Reordering a course's lessons: the request names every lesson exactly once, or nothing moves. */
public final class LessonOrder {

    private LessonOrder() {
    }

    /** Gives each of {@code lessons} its index in {@code orderedIds} as position; returns them in that order. */
    public static List<Lesson> reorder(Actor actor, Course course, List<Lesson> lessons, List<LessonId> orderedIds) {
        Lesson.ensureManageable(actor, course);
        Map<LessonId, Lesson> byId = lessons.stream().collect(Collectors.toMap(Lesson::id, Function.identity()));
        Set<LessonId> distinct = new HashSet<>(orderedIds);
        if (distinct.size() != orderedIds.size() || !distinct.equals(byId.keySet())) {
            throw new InvalidValueException("lessonIds",
                    "lessonIds must list every lesson of the course exactly once (" + byId.size() + " lessons)");
        }
        for (int i = 0; i < orderedIds.size(); i++) {
            byId.get(orderedIds.get(i)).moveTo(i);
        }
        return orderedIds.stream().map(byId::get).toList();
    }
}
