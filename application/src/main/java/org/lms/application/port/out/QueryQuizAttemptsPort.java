package org.lms.application.port.out;

import java.time.Instant;
import java.util.List;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.QuizAttemptSummary;
import org.lms.domain.course.CourseId;
import org.lms.domain.quiz.QuizAttemptId;
import org.lms.domain.quiz.QuizId;

/** Attempts of a quiz for its staff to read, without their answers. */
public interface QueryQuizAttemptsPort {

    /** Every student's attempts, most recently started first. */
    Page<QuizAttemptSummary> listAttempts(QuizId quizId, PageRequest page);

    /** The course's attempts awaiting review (see {@code QuizAttempt#awaitsReview}), the longest waiting first. */
    Page<QuizAttemptSummary> listAwaitingReview(CourseId courseId, PageRequest page);

    /** Up to {@code limit} attempts still IN_PROGRESS whose time limit ended before {@code dueBefore}. */
    List<QuizAttemptId> overdueAttempts(QuizId quizId, Instant dueBefore, int limit);
}
