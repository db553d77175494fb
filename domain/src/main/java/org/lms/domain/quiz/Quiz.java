package org.lms.domain.quiz;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseId;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.lesson.LessonContent;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.lesson.LessonNotFoundException;
import org.lms.domain.lesson.LessonType;
import org.lms.domain.identity.Actor;
import org.lms.domain.shared.InvalidValueException;

/**
 * The quiz of one QUIZ lesson (one quiz per lesson; its id is the lesson's {@code quizId}).
 *
 * <p>Lifecycle: authored by the course's instructor or an admin, in a draft or a published course;
 * replaced as a whole (settings and 1..{@value #MAX_QUESTIONS} questions, which get new ids) any number
 * of times until the first attempt exists; from then on it is fixed, so every attempt is graded by the
 * same questions. Deleting its lesson deletes it with its attempts.
 */
public final class Quiz {

    public static final int MAX_QUESTIONS = 100;

    private final QuizId id;
    private final CourseId courseId;
    private final LessonId lessonId;
    private final Instant createdAt;
    private QuizSettings settings;
    private List<Question> questions;
    private Instant updatedAt;

    private Quiz(QuizId id, CourseId courseId, LessonId lessonId, QuizSettings settings, List<Question> questions,
                 Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.lessonId = Objects.requireNonNull(lessonId, "lessonId");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        apply(settings, questions);
    }

    /** The first version of the quiz of {@code lesson}, a QUIZ lesson of {@code course}. */
    public static Quiz author(Actor actor, Course course, Lesson lesson, QuizSettings settings,
                              List<Question> questions, Clock clock) {
        Lesson.ensureManageable(actor, course);
        if (!lesson.belongsTo(course.id())) {
            throw new LessonNotFoundException(course.id(), lesson.id());
        }
        if (lesson.type() != LessonType.QUIZ) {
            throw new LessonNotAQuizException(lesson.id());
        }
        Instant now = clock.instant();
        QuizId id = new QuizId(((LessonContent.Quiz) lesson.content()).quizId());
        return new Quiz(id, course.id(), lesson.id(), settings, questions, now, now);
    }

    public static Quiz restore(QuizId id, CourseId courseId, LessonId lessonId, QuizSettings settings,
                               List<Question> questions, Instant createdAt, Instant updatedAt) {
        return new Quiz(id, courseId, lessonId, settings, questions, createdAt, updatedAt);
    }

    /** Replaces settings and questions; refused once any attempt exists. */
    public void replace(Actor actor, Course course, QuizSettings newSettings, List<Question> newQuestions,
                        boolean attemptsExist, Clock clock) {
        Lesson.ensureManageable(actor, course);
        if (!course.id().equals(courseId)) {
            throw new LessonNotFoundException(course.id(), lessonId);
        }
        if (attemptsExist) {
            throw new QuizHasAttemptsException(id);
        }
        apply(newSettings, newQuestions);
        this.updatedAt = clock.instant();
    }

    private void apply(QuizSettings newSettings, List<Question> newQuestions) {
        Objects.requireNonNull(newSettings, "settings");
        Objects.requireNonNull(newQuestions, "questions");
        if (newQuestions.isEmpty() || newQuestions.size() > MAX_QUESTIONS) {
            throw new InvalidValueException("questions", "A quiz has 1 to " + MAX_QUESTIONS + " questions");
        }
        if (new HashSet<>(newQuestions.stream().map(Question::id).toList()).size() != newQuestions.size()) {
            throw new IllegalArgumentException("Question ids must be unique");
        }
        this.settings = newSettings;
        this.questions = List.copyOf(newQuestions);
    }

    public Question question(QuestionId questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new QuestionNotFoundException(questionId));
    }

    /** Grades {@code answers}: unanswered questions earn nothing. */
    public Grade grade(Map<QuestionId, Answer> answers) {
        int earned = 0;
        for (Question question : questions) {
            Answer answer = answers.get(question.id());
            if (answer != null && question.isCorrect(answer)) {
                earned += question.points();
            }
        }
        return Grade.of(earned, totalPoints(), settings.passMarkPercent());
    }

    public int totalPoints() {
        return questions.stream().mapToInt(Question::points).sum();
    }

    public QuizId id() {
        return id;
    }

    public CourseId courseId() {
        return courseId;
    }

    public LessonId lessonId() {
        return lessonId;
    }

    public QuizSettings settings() {
        return settings;
    }

    public List<Question> questions() {
        return questions;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
