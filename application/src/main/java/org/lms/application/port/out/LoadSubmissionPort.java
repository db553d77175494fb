package org.lms.application.port.out;

import java.util.Optional;
import org.lms.domain.assignment.AssignmentSubmission;
import org.lms.domain.assignment.SubmissionId;
import org.lms.domain.identity.UserId;
import org.lms.domain.lesson.LessonId;

/** Reads assignment submissions. */
public interface LoadSubmissionPort {

    Optional<AssignmentSubmission> loadSubmission(SubmissionId id);

    /** The student's most recent submission for the lesson, if any. */
    Optional<AssignmentSubmission> loadLatestSubmission(LessonId lessonId, UserId studentId);
}
