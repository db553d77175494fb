package org.lms.application.port.in;

import java.util.Objects;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.quiz.QuizAttemptId;

/**
 * Reading quizzes and attempts. Reading closes the attempts it meets that are past their deadline
 * and grace (EXPIRED, graded by the answers saved in time), in the reading transaction.
 */
public interface BrowseQuizzesUseCase {

    /** The course's staff see the answer keys; actively enrolled students see their own attempts. */
    QuizView find(QuizQuery query);

    /** Every student's attempts at the quiz, for the course's instructor and admins. */
    Page<QuizAttemptSummary> attempts(QuizAttemptsQuery query);

    /** One attempt, for the student who made it and the course's staff; not found for anyone else. */
    QuizAttemptView attempt(AttemptQuery query);

    record QuizQuery(Actor actor, CourseId courseId, LessonId lessonId) {

        public QuizQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(lessonId, "lessonId");
        }
    }

    record QuizAttemptsQuery(Actor actor, CourseId courseId, LessonId lessonId, PageRequest page) {

        public QuizAttemptsQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(lessonId, "lessonId");
            Objects.requireNonNull(page, "page");
        }
    }

    record AttemptQuery(Actor actor, QuizAttemptId attemptId) {

        public AttemptQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(attemptId, "attemptId");
        }
    }
}
