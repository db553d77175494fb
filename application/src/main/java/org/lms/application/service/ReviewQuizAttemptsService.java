package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.lms.application.common.Page;
import org.lms.application.common.UseCase;
import org.lms.application.job.JobQueueSettings;
import org.lms.application.port.in.QuizAttemptSummary;
import org.lms.application.port.in.QuizAttemptView;
import org.lms.application.port.in.ReviewQuizAttemptsUseCase;
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
import org.lms.domain.lesson.Lesson;
import org.lms.domain.quiz.Quiz;
import org.lms.domain.quiz.QuizAttempt;
import org.lms.domain.quiz.QuizNotFoundException;
import org.lms.domain.shared.AccessDeniedException;

/**
 * Reviews take the student's attempt lock first, like starts, so a review and a start never
 * interleave: the start counts the attempts a review granted, or the review sees the new attempt
 * and is refused because the reviewed one is no longer the last.
 */
@UseCase
public class ReviewQuizAttemptsService implements ReviewQuizAttemptsUseCase {

    private ManagedCourses courses;
    private LoadQuizPort loadQuizzes;
    private LoadQuizAttemptsPort loadAttempts;
    private SaveQuizAttemptPort saveAttempts;
    private QueryQuizAttemptsPort queryAttempts;
    private VisibleAttempts visibleAttempts;
    private QuizGrading grading;
    private Clock clock;

    protected ReviewQuizAttemptsService() {
    }

    @Inject
    public ReviewQuizAttemptsService(LoadCoursePort loadCourses, LoadLessonsPort loadLessons,
                                     LoadEnrollmentPort loadEnrollments, LoadProgressPort loadProgress,
                                     SaveProgressPort saveProgress, LoadQuizPort loadQuizzes,
                                     LoadQuizAttemptsPort loadAttempts, SaveQuizAttemptPort saveAttempts,
                                     QueryQuizAttemptsPort queryAttempts, PublishEventsPort events,
                                     EnqueueJobPort enqueue, JobQueueSettings jobSettings, Clock clock) {
        this.courses = new ManagedCourses(loadCourses);
        this.loadQuizzes = loadQuizzes;
        this.loadAttempts = loadAttempts;
        this.saveAttempts = saveAttempts;
        this.queryAttempts = queryAttempts;
        this.visibleAttempts = new VisibleAttempts(loadAttempts, loadCourses);
        this.grading = new QuizGrading(loadAttempts, saveAttempts, new ManagedLessons(loadLessons),
                new StudentProgress(loadEnrollments, loadProgress, enqueue, jobSettings, events, clock), saveProgress,
                events, clock);
        this.clock = clock;
    }

    @Override
    public Page<QuizAttemptSummary> awaitingReview(AwaitingReviewQuery query) {
        Course course = courses.loadVisible(query.actor(), query.courseId());
        Lesson.ensureManageable(query.actor(), course);
        return queryAttempts.listAwaitingReview(course.id(), query.page());
    }

    @Override
    public QuizAttemptView review(ReviewAttemptCommand command) {
        QuizAttempt visible = visibleAttempts.load(command.actor(), command.attemptId());
        if (!visibleAttempts.isReviewer(command.actor(), visible)) {
            throw new AccessDeniedException("Only the course's instructor and admins review attempts");
        }
        Quiz quiz = loadQuizzes.loadQuiz(visible.quizId())
                .orElseThrow(() -> new QuizNotFoundException(visible.lessonId()));
        loadAttempts.lockAttempts(quiz.id(), visible.studentId());
        List<QuizAttempt> attempts = loadAttempts.loadAttempts(quiz.id(), visible.studentId()).stream()
                .map(attempt -> grading.closeIfOverdue(attempt, quiz)).toList();
        QuizAttempt attempt = attempts.stream().filter(candidate -> candidate.id().equals(visible.id()))
                .findFirst().orElseThrow();
        attempt.review(command.actor(), quiz, attempts, command.extraAttempts(), command.note(), clock);
        saveAttempts.updateAttempt(attempt);
        return QuizAttemptView.of(attempt, quiz, true);
    }
}
