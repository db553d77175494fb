package org.lms.application.service;

import java.time.Clock;
import org.lms.application.port.out.LoadQuizAttemptsPort;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.application.port.out.SaveProgressPort;
import org.lms.application.port.out.SaveQuizAttemptPort;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.quiz.AttemptStatus;
import org.lms.domain.quiz.Quiz;
import org.lms.domain.quiz.QuizAttempt;

/**
 * What follows the closing of an attempt, submitted or expired: it is stored and announced, and a
 * pass completes the quiz lesson for a student who is still enrolled (the first pass only; the
 * course completion and its certificate follow through {@link StudentProgress}).
 */
final class QuizGrading {

    private final LoadQuizAttemptsPort loadAttempts;
    private final SaveQuizAttemptPort saveAttempts;
    private final ManagedLessons lessons;
    private final StudentProgress students;
    private final SaveProgressPort saveProgress;
    private final PublishEventsPort events;
    private final Clock clock;

    QuizGrading(LoadQuizAttemptsPort loadAttempts, SaveQuizAttemptPort saveAttempts, ManagedLessons lessons,
                StudentProgress students, SaveProgressPort saveProgress, PublishEventsPort events, Clock clock) {
        this.loadAttempts = loadAttempts;
        this.saveAttempts = saveAttempts;
        this.lessons = lessons;
        this.students = students;
        this.saveProgress = saveProgress;
        this.events = events;
        this.clock = clock;
    }

    /** Stores a just-closed attempt and makes it count; the caller holds the student's attempt lock. */
    void recordClosed(QuizAttempt attempt) {
        saveAttempts.updateAttempt(attempt);
        events.publish(attempt.pullEvents());
        if (attempt.grade().orElseThrow().passed()) {
            students.loadIfEnrolled(attempt.courseId(), attempt.studentId()).ifPresent(progress -> {
                Lesson lesson = lessons.load(attempt.courseId(), attempt.lessonId());
                if (progress.recordQuizPassed(lesson, lessons.all(attempt.courseId()), clock)) {
                    saveProgress.saveProgress(progress);
                    students.announce(progress);
                }
            });
        }
    }

    /**
     * Closes the attempt as EXPIRED when it is past its deadline and grace, in the caller's
     * transaction and under the student's lock; answers the attempt as it is now.
     */
    QuizAttempt closeIfOverdue(QuizAttempt attempt, Quiz quiz) {
        if (attempt.status() != AttemptStatus.IN_PROGRESS || !attempt.isOverdue(clock.instant())) {
            return attempt;
        }
        loadAttempts.lockAttempts(quiz.id(), attempt.studentId());
        QuizAttempt locked = loadAttempts.loadAttemptForUpdate(attempt.id()).orElseThrow();
        if (locked.expireIfOverdue(quiz, clock)) {
            recordClosed(locked);
        }
        return locked;
    }
}
