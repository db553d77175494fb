package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.lms.application.common.Page;
import org.lms.application.common.UseCase;
import org.lms.application.job.JobQueueSettings;
import org.lms.application.port.in.BrowseQuizzesUseCase;
import org.lms.application.port.in.QuizAttemptSummary;
import org.lms.application.port.in.QuizAttemptView;
import org.lms.application.port.in.QuizView;
import org.lms.application.port.out.EnqueueJobPort;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.LoadEnrollmentPort;
import org.lms.application.port.out.LoadLessonsPort;
import org.lms.application.port.out.LoadProgressPort;
import org.lms.application.port.out.LoadQuizAttemptsPort;
import org.lms.application.port.out.LoadQuizPort;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.application.port.out.QueryQuizAttemptsPort;
import org.lms.application.port.out.SaveProgressPort;
import org.lms.application.port.out.SaveQuizAttemptPort;
import org.lms.domain.course.Course;
import org.lms.domain.identity.Actor;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.quiz.Quiz;
import org.lms.domain.quiz.QuizAttempt;
import org.lms.domain.quiz.QuizNotFoundException;

/**
 * Reads quizzes and attempts, closing the overdue attempts it meets in the same transaction (a read
 * is when the server notices that an attempt's time ran out; see {@link QuizGrading#closeIfOverdue}).
 */
@UseCase
public class BrowseQuizzesService implements BrowseQuizzesUseCase {

    /** Overdue attempts closed per list request; more are closed by the next one. */
    static final int OVERDUE_CLOSED_PER_LIST = 100;

    private ManagedCourses courses;
    private ManagedLessons lessons;
    private StudentProgress students;
    private LoadQuizPort loadQuizzes;
    private LoadQuizAttemptsPort loadAttempts;
    private QueryQuizAttemptsPort queryAttempts;
    private VisibleAttempts visibleAttempts;
    private QuizGrading grading;
    private Clock clock;

    protected BrowseQuizzesService() {
    }

    @Inject
    public BrowseQuizzesService(LoadCoursePort loadCourses, LoadLessonsPort loadLessons,
                                LoadEnrollmentPort loadEnrollments, LoadProgressPort loadProgress,
                                SaveProgressPort saveProgress, LoadQuizPort loadQuizzes,
                                LoadQuizAttemptsPort loadAttempts, SaveQuizAttemptPort saveAttempts,
                                QueryQuizAttemptsPort queryAttempts, PublishEventsPort events, EnqueueJobPort enqueue,
                                JobQueueSettings jobSettings, Clock clock) {
        this.courses = new ManagedCourses(loadCourses);
        this.lessons = new ManagedLessons(loadLessons);
        this.students = new StudentProgress(loadEnrollments, loadProgress, enqueue, jobSettings, events, clock);
        this.loadQuizzes = loadQuizzes;
        this.loadAttempts = loadAttempts;
        this.queryAttempts = queryAttempts;
        this.visibleAttempts = new VisibleAttempts(loadAttempts, loadCourses);
        this.grading = new QuizGrading(loadAttempts, saveAttempts, lessons, students, saveProgress, events, clock);
        this.clock = clock;
    }

    @Override
    public QuizView find(QuizQuery query) {
        Actor.User caller = query.actor().requireUser();
        Course course = courses.loadVisible(query.actor(), query.courseId());
        Quiz quiz = quizOf(course, query.lessonId());
        if (course.canBeManagedBy(query.actor())) {
            return QuizView.forStaff(quiz);
        }
        students.load(course.id(), caller.id());
        List<QuizAttempt> attempts = loadAttempts.loadAttempts(quiz.id(), caller.id()).stream()
                .map(attempt -> grading.closeIfOverdue(attempt, quiz)).toList();
        return QuizView.forStudent(quiz, attempts.stream().map(QuizAttemptSummary::of).toList(),
                quiz.settings().scoringPolicy().resultOf(attempts).map(QuizAttemptSummary::of),
                QuizAttempt.attemptsAllowed(quiz, attempts));
    }

    @Override
    public Page<QuizAttemptSummary> attempts(QuizAttemptsQuery query) {
        Course course = courses.loadVisible(query.actor(), query.courseId());
        Lesson.ensureManageable(query.actor(), course);
        Quiz quiz = quizOf(course, query.lessonId());
        queryAttempts.overdueAttempts(quiz.id(), clock.instant().minus(QuizAttempt.GRACE), OVERDUE_CLOSED_PER_LIST)
                .forEach(id -> loadAttempts.loadAttempt(id).ifPresent(attempt -> grading.closeIfOverdue(attempt, quiz)));
        return queryAttempts.listAttempts(quiz.id(), query.page());
    }

    @Override
    public QuizAttemptView attempt(AttemptQuery query) {
        QuizAttempt visible = visibleAttempts.load(query.actor(), query.attemptId());
        Quiz quiz = loadQuizzes.loadQuiz(visible.quizId())
                .orElseThrow(() -> new QuizNotFoundException(visible.lessonId()));
        QuizAttempt attempt = grading.closeIfOverdue(visible, quiz);
        return QuizAttemptView.of(attempt, quiz, visibleAttempts.isReviewer(query.actor(), attempt));
    }

    private Quiz quizOf(Course course, org.lms.domain.lesson.LessonId lessonId) {
        Lesson lesson = lessons.load(course.id(), lessonId);
        return loadQuizzes.loadQuizOfLesson(lesson.id()).orElseThrow(() -> new QuizNotFoundException(lesson.id()));
    }
}
