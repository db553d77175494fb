package org.lms.application.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.QuizAttemptSummary;
import org.lms.application.port.out.LoadQuizAttemptsPort;
import org.lms.application.port.out.LoadQuizPort;
import org.lms.application.port.out.QueryQuizAttemptsPort;
import org.lms.application.port.out.SaveQuizAttemptPort;
import org.lms.application.port.out.SaveQuizPort;
import org.lms.domain.identity.UserId;
import org.lms.domain.course.CourseId;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.quiz.AttemptStatus;
import org.lms.domain.quiz.Quiz;
import org.lms.domain.quiz.QuizAttempt;
import org.lms.domain.quiz.QuizAttemptId;
import org.lms.domain.quiz.QuizId;

/**
 * In-memory quizzes and attempts for service tests. Stored attempts are copies (restored from their
 * state), as a database would give, so a test sees only what a service stored. Locks are no-ops:
 * these tests run on one thread; the locking itself is tested against PostgreSQL.
 */
final class InMemoryQuizzes implements LoadQuizPort, SaveQuizPort, LoadQuizAttemptsPort, SaveQuizAttemptPort,
        QueryQuizAttemptsPort {

    final Map<QuizId, Quiz> quizzes = new LinkedHashMap<>();
    final Map<QuizAttemptId, QuizAttempt> attempts = new LinkedHashMap<>();

    @Override
    public Optional<Quiz> loadQuizOfLesson(LessonId lessonId) {
        return quizzes.values().stream().filter(quiz -> quiz.lessonId().equals(lessonId)).findFirst();
    }

    @Override
    public Optional<Quiz> loadQuiz(QuizId quizId) {
        return Optional.ofNullable(quizzes.get(quizId));
    }

    @Override
    public void insertQuiz(Quiz quiz) {
        quizzes.put(quiz.id(), quiz);
    }

    @Override
    public void replaceQuiz(Quiz quiz) {
        quizzes.put(quiz.id(), quiz);
    }

    @Override
    public void lockQuizForChange(QuizId quizId) {
    }

    @Override
    public Optional<QuizAttempt> loadAttempt(QuizAttemptId id) {
        return Optional.ofNullable(attempts.get(id)).map(InMemoryQuizzes::copy);
    }

    @Override
    public Optional<QuizAttempt> loadAttemptForUpdate(QuizAttemptId id) {
        return loadAttempt(id);
    }

    @Override
    public List<QuizAttempt> loadAttempts(QuizId quizId, UserId studentId) {
        return attempts.values().stream().filter(a -> a.quizId().equals(quizId) && a.studentId().equals(studentId))
                .sorted(Comparator.comparingInt(QuizAttempt::number)).map(InMemoryQuizzes::copy).toList();
    }

    @Override
    public boolean hasAttempts(QuizId quizId) {
        return attempts.values().stream().anyMatch(a -> a.quizId().equals(quizId));
    }

    @Override
    public void lockAttempts(QuizId quizId, UserId studentId) {
    }

    @Override
    public void insertAttempt(QuizAttempt attempt) {
        attempts.put(attempt.id(), copy(attempt));
    }

    @Override
    public void updateAttempt(QuizAttempt attempt) {
        attempts.put(attempt.id(), copy(attempt));
    }

    @Override
    public Page<QuizAttemptSummary> listAttempts(QuizId quizId, PageRequest page) {
        List<QuizAttemptSummary> all = attempts.values().stream().filter(a -> a.quizId().equals(quizId))
                .sorted(Comparator.comparing(QuizAttempt::startedAt).reversed()).map(QuizAttemptSummary::of).toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), all.size(), page.offset(),
                page.limit());
    }

    /** By the domain's rule, which the database's view mirrors. */
    @Override
    public Page<QuizAttemptSummary> listAwaitingReview(CourseId courseId, PageRequest page) {
        List<QuizAttemptSummary> all = attempts.values().stream().filter(a -> a.courseId().equals(courseId))
                .filter(a -> a.awaitsReview(quizzes.get(a.quizId()), loadAttempts(a.quizId(), a.studentId())))
                .sorted(Comparator.comparing(a -> a.closedAt().orElseThrow())).map(QuizAttemptSummary::of).toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), all.size(), page.offset(),
                page.limit());
    }

    @Override
    public List<QuizAttemptId> overdueAttempts(QuizId quizId, Instant dueBefore, int limit) {
        return attempts.values().stream().filter(a -> a.quizId().equals(quizId))
                .filter(a -> a.status() == AttemptStatus.IN_PROGRESS && a.dueAt().filter(dueBefore::isAfter).isPresent())
                .limit(limit).map(QuizAttempt::id).toList();
    }

    private static QuizAttempt copy(QuizAttempt a) {
        return QuizAttempt.restore(a.id(), a.quizId(), a.courseId(), a.lessonId(), a.studentId(), a.number(),
                a.startedAt(), a.dueAt(), a.questionOrder(), a.optionOrder(), a.answers(), a.status(), a.closedAt(),
                a.grade(), a.review());
    }
}
