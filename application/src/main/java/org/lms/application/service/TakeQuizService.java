package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.lms.application.common.UseCase;
import org.lms.application.job.JobQueueSettings;
import org.lms.application.port.in.QuizAttemptView;
import org.lms.application.port.in.TakeQuizUseCase;
import org.lms.application.port.out.EnqueueJobPort;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.LoadEnrollmentPort;
import org.lms.application.port.out.LoadLessonsPort;
import org.lms.application.port.out.LoadProgressPort;
import org.lms.application.port.out.LoadQuizAttemptsPort;
import org.lms.application.port.out.LoadQuizPort;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.application.port.out.SaveProgressPort;
import org.lms.application.port.out.SaveQuizAttemptPort;
import org.lms.domain.course.Course;
import org.lms.domain.identity.Actor;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.quiz.Quiz;
import org.lms.domain.quiz.QuizAttempt;
import org.lms.domain.quiz.QuizAttemptId;
import org.lms.domain.quiz.QuizNotFoundException;

/**
 * Starting, answering and submitting attempts. Starts and submissions take the student's lock on the
 * quiz first, so parallel starts count each other's attempts and never exceed the maximum; answers
 * lock only their attempt's row. A refused request (late, repeated, invalid) rolls back and writes
 * nothing: an expired attempt is closed by the next read or start instead.
 */
@UseCase
public class TakeQuizService implements TakeQuizUseCase {

    private ManagedCourses courses;
    private ManagedLessons lessons;
    private StudentProgress students;
    private LoadQuizPort loadQuizzes;
    private LoadQuizAttemptsPort loadAttempts;
    private SaveQuizAttemptPort saveAttempts;
    private VisibleAttempts visibleAttempts;
    private QuizGrading grading;
    private PublishEventsPort events;
    private Clock clock;

    protected TakeQuizService() {
    }

    @Inject
    public TakeQuizService(LoadCoursePort loadCourses, LoadLessonsPort loadLessons, LoadEnrollmentPort loadEnrollments,
                           LoadProgressPort loadProgress, SaveProgressPort saveProgress, LoadQuizPort loadQuizzes,
                           LoadQuizAttemptsPort loadAttempts, SaveQuizAttemptPort saveAttempts,
                           PublishEventsPort events, EnqueueJobPort enqueue, JobQueueSettings jobSettings, Clock clock) {
        this.courses = new ManagedCourses(loadCourses);
        this.lessons = new ManagedLessons(loadLessons);
        this.students = new StudentProgress(loadEnrollments, loadProgress, enqueue, jobSettings, events, clock);
        this.loadQuizzes = loadQuizzes;
        this.loadAttempts = loadAttempts;
        this.saveAttempts = saveAttempts;
        this.visibleAttempts = new VisibleAttempts(loadAttempts, loadCourses);
        this.grading = new QuizGrading(loadAttempts, saveAttempts, lessons, students, saveProgress, events, clock);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public QuizAttemptView start(StartAttemptCommand command) {
        Actor.User student = command.actor().requireUser();
        Course course = courses.loadVisible(command.actor(), command.courseId());
        Lesson lesson = lessons.load(course.id(), command.lessonId());
        Quiz unlocked = loadQuizzes.loadQuizOfLesson(lesson.id()).orElseThrow(() -> new QuizNotFoundException(lesson.id()));
        students.load(course.id(), student.id());
        loadAttempts.lockAttempts(unlocked.id(), student.id());
        // Read again under the lock: the quiz cannot be replaced from here on.
        Quiz quiz = loadQuizzes.loadQuiz(unlocked.id()).orElseThrow(() -> new QuizNotFoundException(lesson.id()));
        List<QuizAttempt> previous = loadAttempts.loadAttempts(quiz.id(), student.id()).stream()
                .map(attempt -> grading.closeIfOverdue(attempt, quiz)).toList();
        QuizAttempt attempt = QuizAttempt.start(student, quiz, previous, ThreadLocalRandom.current(), clock);
        saveAttempts.insertAttempt(attempt);
        events.publish(attempt.pullEvents());
        return QuizAttemptView.of(attempt, quiz, false);
    }

    @Override
    public QuizAttemptView answer(AnswerQuestionCommand command) {
        QuizAttempt visible = ownAttempt(command.actor(), command.attemptId());
        Quiz quiz = quizOf(visible);
        QuizAttempt attempt = loadAttempts.loadAttemptForUpdate(visible.id()).orElseThrow();
        attempt.answer(command.actor(), quiz, command.questionId(), command.answer(), clock);
        saveAttempts.updateAttempt(attempt);
        return QuizAttemptView.of(attempt, quiz, false);
    }

    @Override
    public QuizAttemptView submit(SubmitAttemptCommand command) {
        QuizAttempt visible = ownAttempt(command.actor(), command.attemptId());
        Quiz quiz = quizOf(visible);
        loadAttempts.lockAttempts(quiz.id(), visible.studentId());
        QuizAttempt attempt = loadAttempts.loadAttemptForUpdate(visible.id()).orElseThrow();
        attempt.submit(command.actor(), quiz, clock);
        grading.recordClosed(attempt);
        return QuizAttemptView.of(attempt, quiz, false);
    }

    /**
     * The attempt, if the caller may know it; its owner must still be actively enrolled. Staff get
     * past this and are refused by the attempt itself: only its student answers and submits it.
     */
    private QuizAttempt ownAttempt(Actor actor, QuizAttemptId id) {
        QuizAttempt attempt = visibleAttempts.load(actor, id);
        if (attempt.isOwnedBy(actor.requireUser().id())) {
            students.load(attempt.courseId(), attempt.studentId());
        }
        return attempt;
    }

    private Quiz quizOf(QuizAttempt attempt) {
        return loadQuizzes.loadQuiz(attempt.quizId()).orElseThrow(() -> new QuizNotFoundException(attempt.lessonId()));
    }
}
