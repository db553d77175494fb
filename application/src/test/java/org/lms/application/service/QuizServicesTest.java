package org.lms.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.application.common.PageRequest;
import org.lms.application.job.JobQueueSettings;
import org.lms.application.port.in.AuthorQuizUseCase.AuthorQuizCommand;
import org.lms.application.port.in.BrowseQuizzesUseCase.AttemptQuery;
import org.lms.application.port.in.BrowseQuizzesUseCase.QuizQuery;
import org.lms.application.port.in.ReviewQuizAttemptsUseCase.AwaitingReviewQuery;
import org.lms.application.port.in.ReviewQuizAttemptsUseCase.ReviewAttemptCommand;
import org.lms.application.port.in.CreateCourseUseCase.CreateCourseCommand;
import org.lms.application.port.in.EnrollStudentUseCase.EnrollStudentCommand;
import org.lms.application.port.in.ManageLessonsUseCase.AddLessonCommand;
import org.lms.application.port.in.PublishCourseUseCase.PublishCourseCommand;
import org.lms.application.port.in.QuizAttemptView;
import org.lms.application.port.in.QuizView;
import org.lms.application.port.in.TakeQuizUseCase.AnswerQuestionCommand;
import org.lms.application.port.in.TakeQuizUseCase.StartAttemptCommand;
import org.lms.application.port.in.TakeQuizUseCase.SubmitAttemptCommand;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseId;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.job.JobType;
import org.lms.domain.job.RetryBackoff;
import org.lms.domain.lesson.LessonContent;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.lesson.LessonTitle;
import org.lms.domain.progress.NotEnrolledException;
import org.lms.domain.progress.event.CourseCompleted;
import org.lms.domain.progress.event.LessonCompleted;
import org.lms.domain.quiz.Answer;
import org.lms.domain.quiz.AnswerKey;
import org.lms.domain.quiz.AttemptStatus;
import org.lms.domain.quiz.Question;
import org.lms.domain.quiz.QuestionId;
import org.lms.domain.quiz.QuestionType;
import org.lms.domain.quiz.QuizAttempt;
import org.lms.domain.quiz.QuizAttemptExpiredException;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.quiz.QuizAttemptId;
import org.lms.domain.quiz.QuizAttemptNotFoundException;
import org.lms.domain.quiz.QuizHasAttemptsException;
import org.lms.domain.quiz.QuizSettings;
import org.lms.domain.quiz.ScoringPolicy;
import org.lms.domain.quiz.event.QuizAttemptGraded;
import org.lms.domain.quiz.event.QuizAttemptStarted;

class QuizServicesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryLearning learning = new InMemoryLearning(enrollments);
    private final InMemoryQuizzes quizzes = new InMemoryQuizzes();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final JobQueueSettings jobSettings = new JobQueueSettings(3,
            new RetryBackoff(Duration.ofSeconds(2), Duration.ofMinutes(1), 0), Duration.ofMinutes(5),
            Duration.ofSeconds(15), Duration.ofMinutes(10), Duration.ofDays(1));
    private final CreateCourseService createCourse = new CreateCourseService(courses, courses, courses, clock);
    private final ChangeCourseService changeCourse = new ChangeCourseService(courses, courses, courses, clock);
    private final EnrollStudentService enroll = new EnrollStudentService(courses, enrollments, enrollments, courses, clock);
    private final ManageLessonsService lessons = new ManageLessonsService(courses, learning, learning, learning, clock);
    private final AuthorQuizService author = new AuthorQuizService(courses, learning, quizzes, quizzes, quizzes, clock);
    private final TakeQuizService take = new TakeQuizService(courses, learning, enrollments, learning, learning,
            quizzes, quizzes, quizzes, courses, jobs, jobSettings, clock);
    private final BrowseQuizzesService browse = new BrowseQuizzesService(courses, learning, enrollments, learning,
            learning, quizzes, quizzes, quizzes, quizzes, courses, jobs, jobSettings, clock);

    private final ReviewQuizAttemptsService review = new ReviewQuizAttemptsService(courses, learning, enrollments,
            learning, learning, quizzes, quizzes, quizzes, quizzes, courses, jobs, jobSettings, clock);

    private final Actor.User instructor = new Actor.User(new UserId(UUID.randomUUID()), Set.of(Role.INSTRUCTOR));
    private final Actor.User student = new Actor.User(new UserId(UUID.randomUUID()), Set.of(Role.STUDENT));
    private final Question question = new Question(QuestionId.newId(), QuestionType.TRUE_FALSE, "Sky green?", List.of(),
            AnswerKey.value(false), 1);

    private record Setup(CourseId course, LessonId lesson) {
    }

    /** A published course whose only required lesson is a quiz of one question; the student is enrolled. */
    private Setup quizCourse(Optional<Duration> limit) {
        CourseId course = new CourseId(createCourse.create(new CreateCourseCommand(instructor,
                new CourseCode("QS-" + UUID.randomUUID().toString().substring(0, 6)), new CourseTitle("Quiz"),
                new CourseDescription(""), Optional.empty())).id());
        LessonId lesson = new LessonId(lessons.add(new AddLessonCommand(instructor, course, new LessonTitle("Quiz"),
                new LessonContent.Quiz(UUID.randomUUID()), Optional.empty(), true)).id());
        author.author(new AuthorQuizCommand(instructor, course, lesson, new QuizSettings(100, limit, Optional.of(2),
                ScoringPolicy.HIGHEST, false, false), List.of(question)));
        changeCourse.publish(new PublishCourseCommand(instructor, course, Optional.empty()));
        enroll.enroll(new EnrollStudentCommand(student, course, Optional.empty()));
        courses.published.clear();
        return new Setup(course, lesson);
    }

    private QuizAttemptId start(Setup setup) {
        return new QuizAttemptId(take.start(new StartAttemptCommand(student, setup.course(), setup.lesson()))
                .summary().id());
    }

    @Test
    void aPassingSubmissionCompletesTheLessonAndTheCourseAndEnqueuesTheCertificate() {
        Setup setup = quizCourse(Optional.empty());
        QuizAttemptId attempt = start(setup);
        take.answer(new AnswerQuestionCommand(student, attempt, question.id(), new Answer.TrueFalse(false)));
        QuizAttemptView submitted = take.submit(new SubmitAttemptCommand(student, attempt));

        assertThat(submitted.summary().passed()).contains(true);
        assertThat(learning.loadProgress(setup.course(), student.id()).courseCompletedAt()).isPresent();
        assertThat(jobs.all()).singleElement().satisfies(job -> assertThat(job.type())
                .isEqualTo(JobType.CERTIFICATE_ISSUANCE));
        assertThat(courses.published).extracting(Object::getClass).containsExactly(QuizAttemptStarted.class,
                QuizAttemptGraded.class, LessonCompleted.class, CourseCompleted.class);
        assertThatThrownBy(() -> author.author(new AuthorQuizCommand(instructor, setup.course(), setup.lesson(),
                new QuizSettings(50, Optional.empty(), Optional.empty(), ScoringPolicy.LATEST, false, false),
                List.of(question)))).isInstanceOf(QuizHasAttemptsException.class);
    }

    @Test
    void aFailedSubmissionCompletesNothing() {
        Setup setup = quizCourse(Optional.empty());
        QuizAttemptView failed = take.submit(new SubmitAttemptCommand(student, start(setup)));
        assertThat(failed.summary().passed()).contains(false);
        assertThat(learning.loadProgress(setup.course(), student.id()).completedLessons()).isEmpty();
        assertThat(jobs.all()).isEmpty();
        QuizView view = browse.find(new QuizQuery(student, setup.course(), setup.lesson()));
        assertThat(view.questions()).isEmpty();
        assertThat(view.attemptsLeft()).contains(1);
    }

    @Test
    void aLateAttemptIsRefusedThenExpiredOnceByTheNextRead() {
        Setup setup = quizCourse(Optional.of(Duration.ofMinutes(1)));
        QuizAttemptId attempt = start(setup);
        take.answer(new AnswerQuestionCommand(student, attempt, question.id(), new Answer.TrueFalse(false)));
        clock.advance(Duration.ofMinutes(1).plus(QuizAttempt.GRACE).plusSeconds(1));
        courses.published.clear();

        assertThatThrownBy(() -> take.submit(new SubmitAttemptCommand(student, attempt)))
                .isInstanceOf(QuizAttemptExpiredException.class);
        assertThat(quizzes.attempts.get(attempt).status()).isEqualTo(AttemptStatus.IN_PROGRESS);

        QuizAttemptView read = browse.attempt(new AttemptQuery(student, attempt));
        assertThat(read.summary().status()).isEqualTo(AttemptStatus.EXPIRED);
        assertThat(read.summary().passed()).contains(true);
        browse.attempt(new AttemptQuery(student, attempt));
        assertThat(courses.published).filteredOn(QuizAttemptGraded.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((QuizAttemptGraded) event).late()).isTrue());
        assertThat(learning.loadProgress(setup.course(), student.id()).courseCompletedAt()).isPresent();
    }

    @Test
    void anOverdueLastAttemptIsClosedThenReviewedAndTheGrantedAttemptCanBeStarted() {
        Setup setup = quizCourse(Optional.of(Duration.ofMinutes(1)));
        take.submit(new SubmitAttemptCommand(student, start(setup)));
        QuizAttemptId last = start(setup);
        clock.advance(Duration.ofMinutes(2));
        PageRequest page = new PageRequest(0, 20);
        assertThat(review.awaitingReview(new AwaitingReviewQuery(instructor, setup.course(), page)).items())
                .as("an overdue attempt is not closed by listing").isEmpty();

        QuizAttemptView reviewed = review.review(new ReviewAttemptCommand(instructor, last, 2, Optional.empty()));
        assertThat(reviewed.summary().status()).isEqualTo(AttemptStatus.EXPIRED);
        assertThat(reviewed.summary().review()).hasValueSatisfying(given -> assertThat(given.extraAttempts()).isEqualTo(2));
        assertThat(browse.find(new QuizQuery(student, setup.course(), setup.lesson())).attemptsLeft()).contains(2);
        assertThatThrownBy(() -> review.review(new ReviewAttemptCommand(student, last, 1, Optional.empty())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(start(setup)).isNotNull();
    }

    @Test
    void strangersNeitherSeeNorStartAttempts() {
        Setup setup = quizCourse(Optional.empty());
        QuizAttemptId attempt = start(setup);
        Actor.User stranger = new Actor.User(new UserId(UUID.randomUUID()), Set.of(Role.STUDENT));
        assertThatThrownBy(() -> browse.attempt(new AttemptQuery(stranger, attempt)))
                .isInstanceOf(QuizAttemptNotFoundException.class);
        assertThatThrownBy(() -> take.start(new StartAttemptCommand(stranger, setup.course(), setup.lesson())))
                .isInstanceOf(NotEnrolledException.class);
        assertThat(browse.attempt(new AttemptQuery(instructor, attempt)).questions()).singleElement()
                .satisfies(q -> assertThat(q.key()).isPresent());
    }
}
