package org.lms.application.port.in;

import java.util.Objects;
import java.util.Optional;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;
import org.lms.domain.quiz.QuizAttemptId;

/**
 * The course's staff (its instructor, admins) review the failed attempts that used a student's last
 * allowed attempt: they close the case or grant more attempts (see {@code QuizAttempt#awaitsReview}).
 */
public interface ReviewQuizAttemptsUseCase {

    /** The course's attempts awaiting review, the longest waiting first. */
    Page<QuizAttemptSummary> awaitingReview(AwaitingReviewQuery query);

    /** Reviews one attempt, once; answers it with the review and the answer key. */
    QuizAttemptView review(ReviewAttemptCommand command);

    record AwaitingReviewQuery(Actor actor, CourseId courseId, PageRequest page) {

        public AwaitingReviewQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(page, "page");
        }
    }

    record ReviewAttemptCommand(Actor actor, QuizAttemptId attemptId, int extraAttempts, Optional<String> note) {

        public ReviewAttemptCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(attemptId, "attemptId");
            Objects.requireNonNull(note, "note");
        }
    }
}
