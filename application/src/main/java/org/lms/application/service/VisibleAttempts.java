package org.lms.application.service;

import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.LoadQuizAttemptsPort;
import org.lms.domain.identity.Actor;
import org.lms.domain.quiz.QuizAttempt;
import org.lms.domain.quiz.QuizAttemptId;
import org.lms.domain.quiz.QuizAttemptNotFoundException;

/**
 * Loads an attempt for a caller: the student who made it and the course's staff may know it
 * exists; for anyone else it is not found.
 */
final class VisibleAttempts {

    private final LoadQuizAttemptsPort loadAttempts;
    private final LoadCoursePort loadCourses;

    VisibleAttempts(LoadQuizAttemptsPort loadAttempts, LoadCoursePort loadCourses) {
        this.loadAttempts = loadAttempts;
        this.loadCourses = loadCourses;
    }

    QuizAttempt load(Actor actor, QuizAttemptId id) {
        Actor.User user = actor.requireUser();
        return loadAttempts.loadAttempt(id)
                .filter(attempt -> attempt.isOwnedBy(user.id()) || isReviewer(actor, attempt))
                .orElseThrow(() -> new QuizAttemptNotFoundException(id));
    }

    /** Whether the caller is the staff of the attempt's course (its instructor or an admin). */
    boolean isReviewer(Actor actor, QuizAttempt attempt) {
        return loadCourses.loadCourse(attempt.courseId()).filter(course -> course.canBeManagedBy(actor)).isPresent();
    }
}
