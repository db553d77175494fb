package org.lms.adapter.out.persistence.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lms.adapter.out.persistence.TestPersistence;
import org.lms.adapter.out.persistence.course.CourseJpaEntity;
import org.lms.adapter.out.persistence.course.CoursePersistenceAdapter;
import org.lms.adapter.out.persistence.lesson.LessonJpaEntity;
import org.lms.adapter.out.persistence.lesson.LessonPersistenceAdapter;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.QuizAttemptSummary;
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
import org.lms.domain.quiz.Answer;
import org.lms.domain.quiz.AnswerKey;
import org.lms.domain.quiz.AttemptStatus;
import org.lms.domain.quiz.Question;
import org.lms.domain.quiz.QuestionId;
import org.lms.domain.quiz.QuestionType;
import org.lms.domain.quiz.Quiz;
import org.lms.domain.quiz.QuizAttempt;
import org.lms.domain.quiz.QuizAttemptId;
import org.lms.domain.quiz.QuizChangedException;
import org.lms.domain.quiz.QuizSettings;
import org.lms.domain.quiz.ScoringPolicy;

/** Quizzes and attempts against a real PostgreSQL with the production migrations. */
class QuizPersistenceAdapterIT {

    private static TestPersistence db;
    private final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    private final UserId instructorId = new UserId(UUID.randomUUID());
    private final Actor instructor = Actor.user(instructorId, Set.of(Role.INSTRUCTOR));
    private final Actor.User student = new Actor.User(new UserId(UUID.randomUUID()), Set.of(Role.STUDENT));

    private record Adapters(CoursePersistenceAdapter courses, LessonPersistenceAdapter lessons,
                            QuizPersistenceAdapter quizzes, QuizAttemptPersistenceAdapter attempts, EntityManager em) {
    }

    @BeforeAll
    static void database() throws Exception {
        db = TestPersistence.open("quiz_adapter", CourseJpaEntity.class, LessonJpaEntity.class);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private <T> T inTransaction(Function<Adapters, T> work) {
        return db.inTransaction(em -> work.apply(new Adapters(new CoursePersistenceAdapter(em), new LessonPersistenceAdapter(em),
                    new QuizPersistenceAdapter(em), new QuizAttemptPersistenceAdapter(em), em)));
    }

    private static List<Question> everyType() {
        return List.of(
                new Question(QuestionId.newId(), QuestionType.SINGLE_CHOICE, "Capital of France?",
                        List.of("Lyon", "Paris", "Nice"), AnswerKey.options(Set.of(1)), 2),
                new Question(QuestionId.newId(), QuestionType.MULTIPLE_CHOICE, "Primes?", List.of("2", "4", "5", "9"),
                        AnswerKey.options(Set.of(0, 2)), 1),
                new Question(QuestionId.newId(), QuestionType.TRUE_FALSE, "The sky is green.", List.of(),
                        AnswerKey.value(false), 1),
                new Question(QuestionId.newId(), QuestionType.SHORT_ANSWER, "Ünïcode word?", List.of(),
                        AnswerKey.texts(List.of("Straße", "Strasse"), true), 3));
    }

    private Quiz storedQuiz(QuizSettings settings) {
        Course course = Course.draft(instructor, instructorId,
                new CourseCode("Q-" + UUID.randomUUID().toString().substring(0, 8)), new CourseTitle("Quizzes"),
                new CourseDescription(""), clock);
        Lesson lesson = Lesson.add(instructor, course, 0, new LessonTitle("Check"),
                new LessonContent.Quiz(UUID.randomUUID()), Optional.empty(), true, clock);
        Quiz quiz = Quiz.author(instructor, course, lesson, settings, everyType(), clock);
        return inTransaction(a -> {
            a.courses().insertCourse(course);
            a.lessons().insertLesson(lesson);
            a.quizzes().insertQuiz(quiz);
            return quiz;
        });
    }

    private static QuizSettings settings(Optional<Duration> limit, Optional<Integer> max, boolean shuffle) {
        return new QuizSettings(60, limit, max, ScoringPolicy.LATEST, shuffle, true);
    }

    @Test
    void quizzesStoreAndLoadBackEqualAndAreReplacedAsAWhole() {
        Quiz quiz = storedQuiz(settings(Optional.of(Duration.ofMinutes(5)), Optional.of(3), true));
        Quiz loaded = inTransaction(a -> a.quizzes().loadQuizOfLesson(quiz.lessonId())).orElseThrow();
        assertThat(loaded.settings()).isEqualTo(quiz.settings());
        assertThat(loaded.questions()).isEqualTo(quiz.questions());
        assertThat(loaded.id()).isEqualTo(quiz.id());
        assertThat(loaded.createdAt()).isEqualTo(quiz.createdAt());

        QuizSettings untimed = settings(Optional.empty(), Optional.empty(), false);
        List<Question> fewer = everyType().subList(2, 4);
        Course course = inTransaction(a -> a.courses().loadCourse(quiz.courseId())).orElseThrow();
        loaded.replace(instructor, course, untimed, fewer, false, clock);
        inTransaction(a -> {
            a.quizzes().lockQuizForChange(loaded.id());
            a.quizzes().replaceQuiz(loaded);
            return null;
        });
        Quiz replaced = inTransaction(a -> a.quizzes().loadQuiz(quiz.id())).orElseThrow();
        assertThat(replaced.settings()).isEqualTo(untimed);
        assertThat(replaced.questions()).isEqualTo(fewer);
        Optional<Quiz> none = inTransaction(a -> a.quizzes().loadQuizOfLesson(
                new org.lms.domain.lesson.LessonId(UUID.randomUUID())));
        assertThat(none).isEmpty();
    }

    @Test
    void attemptsKeepTheirOrderAnswersAndGrade() {
        Quiz quiz = storedQuiz(settings(Optional.of(Duration.ofMinutes(5)), Optional.of(3), true));
        QuizAttempt attempt = QuizAttempt.start(student, quiz, List.of(), new Random(3), clock);
        inTransaction(a -> {
            a.attempts().lockAttempts(quiz.id(), student.id());
            a.attempts().insertAttempt(attempt);
            return null;
        });
        boolean stored = inTransaction(a -> a.attempts().hasAttempts(quiz.id()));
        assertThat(stored).isTrue();
        List<Question> questions = quiz.questions();
        inTransaction(a -> {
            QuizAttempt locked = a.attempts().loadAttemptForUpdate(attempt.id()).orElseThrow();
            locked.answer(student, quiz, questions.get(0).id(), new Answer.Choice(Set.of(1)), clock);
            locked.answer(student, quiz, questions.get(1).id(), new Answer.Choice(Set.of()), clock);
            locked.answer(student, quiz, questions.get(2).id(), new Answer.TrueFalse(true), clock);
            locked.answer(student, quiz, questions.get(3).id(), new Answer.ShortText("Strasse"), clock);
            a.attempts().updateAttempt(locked);
            return null;
        });
        inTransaction(a -> {
            QuizAttempt locked = a.attempts().loadAttemptForUpdate(attempt.id()).orElseThrow();
            locked.answer(student, quiz, questions.get(2).id(), new Answer.TrueFalse(false), clock);
            locked.submit(student, quiz, clock);
            a.attempts().updateAttempt(locked);
            return null;
        });
        QuizAttempt loaded = inTransaction(a -> a.attempts().loadAttempt(attempt.id())).orElseThrow();
        assertThat(loaded.questionOrder()).isEqualTo(attempt.questionOrder());
        assertThat(loaded.optionOrder()).isEqualTo(attempt.optionOrder());
        assertThat(loaded.presentation(quiz, false)).isEqualTo(
                QuizAttempt.restore(attempt.id(), quiz.id(), quiz.courseId(), quiz.lessonId(), student.id(), 1,
                        attempt.startedAt(), attempt.dueAt(), attempt.questionOrder(), attempt.optionOrder(),
                        loaded.answers(), AttemptStatus.SUBMITTED, loaded.closedAt(), loaded.grade(),
                        Optional.empty())
                        .presentation(quiz, false));
        assertThat(loaded.answers()).containsEntry(questions.get(1).id(), new Answer.Choice(Set.of()))
                .containsEntry(questions.get(2).id(), new Answer.TrueFalse(false))
                .containsEntry(questions.get(3).id(), new Answer.ShortText("Strasse"));
        assertThat(loaded.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(loaded.startedAt()).isEqualTo(clock.instant());
        assertThat(loaded.dueAt()).contains(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(loaded.grade().orElseThrow().pointsEarned()).isEqualTo(6);
        assertThat(loaded.grade().orElseThrow().percent()).isEqualByComparingTo("85.71");
        assertThat(loaded.grade().orElseThrow().passed()).isTrue();

        List<QuizAttemptSummary> listed = inTransaction(a -> a.attempts().listAttempts(quiz.id(), new PageRequest(0, 10)))
                .items();
        assertThat(listed).singleElement().satisfies(summary -> {
            assertThat(summary.status()).isEqualTo(AttemptStatus.SUBMITTED);
            assertThat(summary.scorePercent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("85.71"));
        });
        Object[] report = inTransaction(a -> (Object[]) a.em().createNativeQuery("SELECT attempts, submitted, expired,"
                + " passed, students, average_score_percent FROM report_quiz_performance WHERE quiz_id = ?1")
                .setParameter(1, quiz.id().value()).getSingleResult());
        assertThat(List.of(report).subList(0, 5).stream().map(v -> ((Number) v).longValue()).toList())
                .containsExactly(1L, 1L, 0L, 1L, 1L);
        assertThat(report[5].toString()).isEqualTo("85.71");
    }

    @Test
    void overdueAttemptsAreFoundAndTheNumberIsUniquePerStudent() {
        Quiz quiz = storedQuiz(settings(Optional.of(Duration.ofMinutes(1)), Optional.empty(), false));
        QuizAttempt first = QuizAttempt.start(student, quiz, List.of(), new Random(), clock);
        inTransaction(a -> {
            a.attempts().insertAttempt(first);
            return null;
        });
        Instant later = clock.instant().plus(Duration.ofMinutes(2));
        List<QuizAttemptId> overdue = inTransaction(a -> a.attempts().overdueAttempts(quiz.id(),
                later.minus(QuizAttempt.GRACE), 10));
        assertThat(overdue).containsExactly(first.id());
        List<QuizAttemptId> punctual = inTransaction(a -> a.attempts().overdueAttempts(quiz.id(), clock.instant(), 10));
        assertThat(punctual).isEmpty();

        QuizAttempt sameNumber = QuizAttempt.start(student, quiz, List.of(), new Random(), clock);
        assertThatThrownBy(() -> inTransaction(a -> {
            a.attempts().insertAttempt(sameNumber);
            return null;
        })).isInstanceOf(PersistenceException.class);
    }

    @Test
    void theParticipantLockMakesASecondStarterWait() throws Exception {
        Quiz quiz = storedQuiz(settings(Optional.empty(), Optional.of(2), false));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> inTransaction(a -> {
            a.attempts().lockAttempts(quiz.id(), student.id());
            locked.countDown();
            await(release);
            return null;
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Instant> waiter = CompletableFuture.supplyAsync(() -> inTransaction(a -> {
            a.attempts().lockAttempts(quiz.id(), student.id());
            return Instant.now();
        }));
        Thread.sleep(500);
        assertThat(waiter).as("blocked while the first holds the lock").isNotDone();
        Instant released = Instant.now();
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        assertThat(waiter.get(10, TimeUnit.SECONDS)).isAfterOrEqualTo(released);
    }

    @Test
    void anAttemptDrawnFromReplacedQuestionsIsRefused() {
        Quiz quiz = storedQuiz(settings(Optional.empty(), Optional.empty(), false));
        QuizAttempt stale = QuizAttempt.start(student, quiz, List.of(), new Random(), clock);
        Course course = inTransaction(a -> a.courses().loadCourse(quiz.courseId())).orElseThrow();
        Quiz replaced = inTransaction(a -> a.quizzes().loadQuiz(quiz.id())).orElseThrow();
        replaced.replace(instructor, course, replaced.settings(), everyType(), false, clock);
        inTransaction(a -> {
            a.quizzes().replaceQuiz(replaced);
            return null;
        });
        assertThatThrownBy(() -> inTransaction(a -> {
            a.attempts().insertAttempt(stale);
            return null;
        })).isInstanceOf(QuizChangedException.class);
        boolean stored = inTransaction(a -> a.attempts().hasAttempts(quiz.id()));
        assertThat(stored).isFalse();
    }

    /** Starts, stores and submits the student's next attempt: every answer right, or none given. */
    private QuizAttempt take(Quiz quiz, Actor.User taker, boolean pass) {
        return inTransaction(a -> {
            a.attempts().lockAttempts(quiz.id(), taker.id());
            QuizAttempt attempt = QuizAttempt.start(taker, quiz, a.attempts().loadAttempts(quiz.id(), taker.id()),
                    new Random(), clock);
            a.attempts().insertAttempt(attempt);
            if (pass) {
                List<Question> q = quiz.questions();
                attempt.answer(taker, quiz, q.get(0).id(), new Answer.Choice(Set.of(1)), clock);
                attempt.answer(taker, quiz, q.get(1).id(), new Answer.Choice(Set.of(0, 2)), clock);
                attempt.answer(taker, quiz, q.get(2).id(), new Answer.TrueFalse(false), clock);
                attempt.answer(taker, quiz, q.get(3).id(), new Answer.ShortText("Straße"), clock);
            }
            attempt.submit(taker, quiz, clock);
            a.attempts().updateAttempt(attempt);
            return attempt;
        });
    }

    private List<QuizAttemptId> awaitingReview(Quiz quiz) {
        return inTransaction(a -> a.attempts().listAwaitingReview(quiz.courseId(), new PageRequest(0, 10))).items()
                .stream().map(summary -> new QuizAttemptId(summary.id())).toList();
    }

    /** The view behind the review queue, the workload and the gauge agrees with QuizAttempt.awaitsReview. */
    @Test
    void theReviewQueueFollowsTheDomainRuleAndAReviewIsStoredOnce() {
        Quiz quiz = storedQuiz(settings(Optional.empty(), Optional.of(1), false));
        Actor.User passer = new Actor.User(new UserId(UUID.randomUUID()), Set.of(Role.STUDENT));
        QuizAttempt failed = take(quiz, student, false);
        take(quiz, passer, true);
        assertThat(awaitingReview(quiz)).containsExactly(failed.id());

        Actor.User reviewer = (Actor.User) instructor;
        inTransaction(a -> {
            a.attempts().lockAttempts(quiz.id(), student.id());
            List<QuizAttempt> attempts = a.attempts().loadAttempts(quiz.id(), student.id());
            assertThat(attempts.get(0).awaitsReview(quiz, attempts)).isTrue();
            attempts.get(0).review(reviewer, quiz, attempts, 1, Optional.of("Try again"), clock);
            a.attempts().updateAttempt(attempts.get(0));
            return null;
        });
        QuizAttempt reviewed = inTransaction(a -> a.attempts().loadAttempt(failed.id())).orElseThrow();
        assertThat(reviewed.review()).hasValueSatisfying(review -> {
            assertThat(review.reviewerId()).isEqualTo(instructorId);
            assertThat(review.reviewedAt()).isEqualTo(clock.instant());
            assertThat(review.extraAttempts()).isEqualTo(1);
            assertThat(review.note()).contains("Try again");
        });
        assertThat(awaitingReview(quiz)).isEmpty();

        QuizAttempt second = take(quiz, student, false);
        assertThat(second.number()).isEqualTo(2);
        assertThat(awaitingReview(quiz)).as("the granted attempt is now the last").containsExactly(second.id());
        long toReview = inTransaction(a -> ((Number) a.em().createNativeQuery("SELECT quiz_attempts_to_review"
                + " FROM report_instructor_workload WHERE instructor_id = ?1").setParameter(1, instructorId.value())
                .getSingleResult()).longValue());
        assertThat(toReview).isEqualTo(1);
        Quiz twice = storedQuiz(settings(Optional.empty(), Optional.of(2), false));
        take(twice, student, true);
        take(twice, student, false);
        assertThat(awaitingReview(twice)).as("a failed last attempt at a quiz passed before").isEmpty();
        assertThatThrownBy(() -> inTransaction(a -> a.em().createNativeQuery("UPDATE quiz_attempt SET extra_attempts = 11,"
                + " reviewed_at = now(), reviewed_by = student_id WHERE id = ?1").setParameter(1, second.id().value())
                .executeUpdate())).as("the database bounds a review too").isInstanceOf(PersistenceException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
