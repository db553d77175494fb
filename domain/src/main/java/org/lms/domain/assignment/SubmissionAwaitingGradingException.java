package org.lms.domain.assignment;

import org.lms.domain.lesson.LessonId;
import org.lms.domain.shared.ConflictException;

/** The student's last submission of a graded assignment is not graded yet; one at a time. */
public class SubmissionAwaitingGradingException extends ConflictException {

    public SubmissionAwaitingGradingException(LessonId lessonId) {
        super("submission-awaiting-grading", "The last submission for lesson " + lessonId + " awaits grading");
    }
}
