package org.lms.domain.lesson;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.InvalidValueException;

/**
 * One lesson of a course.
 *
 * <p>Lifecycle: added by the course's instructor (or an admin) at the end of the course, revised and
 * moved any number of times, deleted. Invariants: it always belongs to the same course; its
 * completion rule is one its type allows; its position is not negative. Only whoever may manage
 * the course may change it. {@code required} lessons count towards course completion.
 */
public final class Lesson {

    private final LessonId id;
    private final CourseId courseId;
    private final Instant createdAt;
    private LessonTitle title;
    private LessonContent content;
    private CompletionRule completionRule;
    private boolean required;
    private int position;
    private Instant updatedAt;

    private Lesson(LessonId id, CourseId courseId, int position, LessonTitle title, LessonContent content,
                   CompletionRule completionRule, boolean required, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        moveTo(position);
        apply(title, content, completionRule, required);
    }

    /** Adds a lesson at {@code position}; the completion rule defaults to the type's usual one. */
    public static Lesson add(Actor actor, Course course, int position, LessonTitle title, LessonContent content,
                             Optional<CompletionRule> rule, boolean required, Clock clock) {
        ensureManageable(actor, course);
        Instant now = clock.instant();
        return new Lesson(LessonId.newId(), course.id(), position, title, content,
                rule.orElse(content.type().defaultRule()), required, now, now);
    }

    /** Rebuilds a stored lesson. */
    public static Lesson restore(LessonId id, CourseId courseId, int position, LessonTitle title,
                                 LessonContent content, CompletionRule rule, boolean required, Instant createdAt,
                                 Instant updatedAt) {
        return new Lesson(id, courseId, position, title, content, rule, required, createdAt, updatedAt);
    }

    /** Refuses, with 403 semantics, anyone who may not manage {@code course}'s lessons. */
    public static void ensureManageable(Actor actor, Course course) {
        actor.requireUser();
        if (!course.canBeManagedBy(actor)) {
            throw new AccessDeniedException("Only the course's instructor or an admin may manage its lessons");
        }
    }

    /** Replaces everything but the id, course and position. */
    public void revise(Actor actor, Course course, LessonTitle newTitle, LessonContent newContent,
                       Optional<CompletionRule> rule, boolean nowRequired, Clock clock) {
        ensureManageable(actor, course);
        ensureOf(course);
        apply(newTitle, newContent, rule.orElse(newContent.type().defaultRule()), nowRequired);
        this.updatedAt = clock.instant();
    }

    void moveTo(int newPosition) {
        if (newPosition < 0) {
            throw new InvalidValueException("position", "position must not be negative");
        }
        this.position = newPosition;
    }

    /** Whether this lesson belongs to {@code course}. */
    public boolean belongsTo(CourseId course) {
        return courseId.equals(course);
    }

    private void ensureOf(Course course) {
        if (!belongsTo(course.id())) {
            throw new LessonNotFoundException(course.id(), id);
        }
    }

    private void apply(LessonTitle newTitle, LessonContent newContent, CompletionRule rule, boolean nowRequired) {
        Objects.requireNonNull(newTitle, "title");
        Objects.requireNonNull(newContent, "content");
        Objects.requireNonNull(rule, "completionRule");
        if (!newContent.type().allows(rule)) {
            throw new InvalidValueException("completionRule", newContent.type() + " lessons are completed by "
                    + newContent.type().allowedRules() + ", not " + rule);
        }
        this.title = newTitle;
        this.content = newContent;
        this.completionRule = rule;
        this.required = nowRequired;
    }

    public LessonId id() {
        return id;
    }

    public CourseId courseId() {
        return courseId;
    }

    public LessonTitle title() {
        return title;
    }

    public LessonContent content() {
        return content;
    }

    public LessonType type() {
        return content.type();
    }

    public CompletionRule completionRule() {
        return completionRule;
    }

    public boolean required() {
        return required;
    }

    public int position() {
        return position;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
