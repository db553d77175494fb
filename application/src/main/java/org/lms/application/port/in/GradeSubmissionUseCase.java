package org.lms.application.port.in;

import java.util.Objects;
import java.util.Optional;
import org.lms.domain.assignment.Score;
import org.lms.domain.assignment.SubmissionId;
import org.lms.domain.identity.Actor;

/**
 * The course's instructor or an admin grades an assignment submission, once. Under the GRADED rule a
 * passing grade completes the lesson (and the course when it was the last required lesson).
 */
public interface GradeSubmissionUseCase {

    SubmissionView grade(GradeSubmissionCommand command);

    record GradeSubmissionCommand(Actor actor, SubmissionId submissionId, Score score, Optional<String> feedback) {

        public GradeSubmissionCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(submissionId, "submissionId");
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(feedback, "feedback");
        }
    }
}
