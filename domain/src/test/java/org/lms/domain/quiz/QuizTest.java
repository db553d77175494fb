package org.lms.domain.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.lesson.LessonContent;
import org.lms.domain.lesson.LessonTitle;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.InvalidValueException;

class QuizTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);
    static final UserId INSTRUCTOR_ID = new UserId(UUID.randomUUID());
    static final Actor INSTRUCTOR = Actor.user(INSTRUCTOR_ID, Set.of(Role.INSTRUCTOR));

    static Course course() {
        return Course.draft(INSTRUCTOR, INSTRUCTOR_ID, new CourseCode("QZ-1"), new CourseTitle("Quizzes"),
                new CourseDescription(""), CLOCK);
    }

    static Lesson quizLesson(Course course) {
        return Lesson.add(INSTRUCTOR, course, 0, new LessonTitle("Check"), new LessonContent.Quiz(UUID.randomUUID()),
                Optional.empty(), true, CLOCK);
    }

    static Question single(int correct, int points) {
        return new Question(QuestionId.newId(), QuestionType.SINGLE_CHOICE, "Pick one", List.of("a", "b", "c"),
                AnswerKey.options(Set.of(correct)), points);
    }

    static Question multiple(Set<Integer> correct) {
        return new Question(QuestionId.newId(), QuestionType.MULTIPLE_CHOICE, "Pick some", List.of("a", "b", "c", "d"),
                AnswerKey.options(correct), 1);
    }

    static Question trueFalse(boolean correct) {
        return new Question(QuestionId.newId(), QuestionType.TRUE_FALSE, "True?", List.of(), AnswerKey.value(correct), 1);
    }

    static Question shortAnswer(boolean exact, String... accepted) {
        return new Question(QuestionId.newId(), QuestionType.SHORT_ANSWER, "Name it", List.of(),
                AnswerKey.texts(List.of(accepted), exact), 1);
    }

    static QuizSettings settings(int passMark) {
        return new QuizSettings(passMark, Optional.empty(), Optional.empty(), ScoringPolicy.HIGHEST, false, false);
    }

    static Quiz quiz(QuizSettings settings, Question... questions) {
        Course course = course();
        return Quiz.author(INSTRUCTOR, course, quizLesson(course), settings, List.of(questions), CLOCK);
    }

    @Test
    void singleChoiceEarnsItsPointsOnlyForTheCorrectOption() {
        Question question = single(1, 3);
        assertThat(question.isCorrect(new Answer.Choice(Set.of(1)))).isTrue();
        assertThat(question.isCorrect(new Answer.Choice(Set.of(0)))).isFalse();
        Quiz quiz = quiz(settings(50), question, trueFalse(true));
        Grade grade = quiz.grade(Map.of(question.id(), new Answer.Choice(Set.of(1))));
        assertThat(grade.pointsEarned()).isEqualTo(3);
        assertThat(grade.pointsTotal()).isEqualTo(4);
        assertThat(grade.percent()).isEqualByComparingTo("75.00");
    }

    @Test
    void multipleChoiceNeedsTheExactSet() {
        Question question = multiple(Set.of(0, 2));
        assertThat(question.isCorrect(new Answer.Choice(Set.of(0, 2)))).isTrue();
        assertThat(question.isCorrect(new Answer.Choice(Set.of(0)))).isFalse();
        assertThat(question.isCorrect(new Answer.Choice(Set.of(0, 1, 2)))).isFalse();
        assertThat(question.isCorrect(new Answer.Choice(Set.of()))).isFalse();
    }

    @Test
    void trueFalseComparesTheValue() {
        assertThat(trueFalse(false).isCorrect(new Answer.TrueFalse(false))).isTrue();
        assertThat(trueFalse(false).isCorrect(new Answer.TrueFalse(true))).isFalse();
    }

    @Test
    void shortAnswerIsTrimmedAndCaseInsensitiveUnlessExact() {
        Question loose = shortAnswer(false, "Paris");
        assertThat(loose.isCorrect(new Answer.ShortText("  pARIS "))).isTrue();
        assertThat(loose.isCorrect(new Answer.ShortText("Lyon"))).isFalse();
        Question exact = shortAnswer(true, "Paris", "Lutetia");
        assertThat(exact.isCorrect(new Answer.ShortText("paris"))).isFalse();
        assertThat(exact.isCorrect(new Answer.ShortText(" Lutetia "))).isTrue();
    }

    @Test
    void answersOfTheWrongKindOrOutsideTheOptionsAreInvalid() {
        assertThatThrownBy(() -> single(0, 1).check(new Answer.TrueFalse(true))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> single(0, 1).check(new Answer.Choice(Set.of(0, 1))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> multiple(Set.of(0)).check(new Answer.Choice(Set.of(7))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> shortAnswer(false, "x").check(new Answer.Choice(Set.of(0))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> trueFalse(true).check(new Answer.ShortText("true")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void questionsValidateTheirShape() {
        assertThatThrownBy(() -> new Question(QuestionId.newId(), QuestionType.SINGLE_CHOICE, "Q", List.of("a", "b"),
                AnswerKey.options(Set.of(0, 1)), 1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Question(QuestionId.newId(), QuestionType.SINGLE_CHOICE, "Q", List.of("a"),
                AnswerKey.options(Set.of(0)), 1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Question(QuestionId.newId(), QuestionType.MULTIPLE_CHOICE, "Q", List.of("a", "a"),
                AnswerKey.options(Set.of(0)), 1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Question(QuestionId.newId(), QuestionType.TRUE_FALSE, "Q", List.of(),
                new AnswerKey(Set.of(), null, List.of(), false), 1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Question(QuestionId.newId(), QuestionType.SHORT_ANSWER, "Q", List.of(),
                AnswerKey.texts(List.of(), false), 1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> single(0, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> single(0, Question.MAX_POINTS + 1)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void passMarkIsInclusiveAndComparedExactly() {
        Question a = trueFalse(true);
        Question b = trueFalse(true);
        Question c = trueFalse(true);
        Quiz twoThirds = quiz(settings(67), a, b, c);
        Grade grade = twoThirds.grade(Map.of(a.id(), new Answer.TrueFalse(true), b.id(), new Answer.TrueFalse(true)));
        assertThat(grade.percent()).isEqualByComparingTo("66.67");
        assertThat(grade.passed()).as("66.67 rounded, but 2/3 is below 67").isFalse();
        assertThat(Grade.of(2, 3, 66).passed()).isTrue();
        assertThat(Grade.of(7, 10, 70).passed()).as("exactly the pass mark passes").isTrue();
        assertThat(Grade.of(69, 100, 70).passed()).isFalse();
        assertThat(Grade.of(0, 5, 0).passed()).isTrue();
        assertThat(Grade.of(1, 3, 0).percent()).isEqualTo(new BigDecimal("33.33"));
    }

    @Test
    void settingsAreBounded() {
        assertThatThrownBy(() -> settings(101)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new QuizSettings(50, Optional.of(java.time.Duration.ofSeconds(59)), Optional.empty(),
                ScoringPolicy.LATEST, false, false)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new QuizSettings(50, Optional.empty(), Optional.of(0), ScoringPolicy.LATEST, false,
                false)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void onlyTheCoursesStaffAuthorsAQuizOfAQuizLesson() {
        Course course = course();
        Lesson text = Lesson.add(INSTRUCTOR, course, 0, new LessonTitle("Read"), new LessonContent.TextBody("x"),
                Optional.empty(), true, CLOCK);
        assertThatThrownBy(() -> Quiz.author(INSTRUCTOR, course, text, settings(50), List.of(trueFalse(true)), CLOCK))
                .isInstanceOf(LessonNotAQuizException.class);
        Actor stranger = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.INSTRUCTOR));
        assertThatThrownBy(() -> Quiz.author(stranger, course, quizLesson(course), settings(50),
                List.of(trueFalse(true)), CLOCK)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Quiz.author(INSTRUCTOR, course, quizLesson(course), settings(50), List.of(), CLOCK))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void quizIsFixedOnceAnAttemptExists() {
        Course course = course();
        Lesson lesson = quizLesson(course);
        Quiz quiz = Quiz.author(INSTRUCTOR, course, lesson, settings(50), List.of(trueFalse(true)), CLOCK);
        assertThat(quiz.id().value()).isEqualTo(((LessonContent.Quiz) lesson.content()).quizId());
        quiz.replace(INSTRUCTOR, course, settings(80), List.of(trueFalse(false), single(0, 2)), false, CLOCK);
        assertThat(quiz.totalPoints()).isEqualTo(3);
        assertThatThrownBy(() -> quiz.replace(INSTRUCTOR, course, settings(80), List.of(trueFalse(true)), true, CLOCK))
                .isInstanceOf(QuizHasAttemptsException.class);
    }
}
