package org.lms.domain.progress;

import org.lms.domain.lesson.CompletionRule;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.shared.ConflictException;

/** The lesson is completed another way (a submission, a passed quiz) than the one attempted. */
public class CompletionRuleMismatchException extends ConflictException {

    public CompletionRuleMismatchException(LessonId lessonId, CompletionRule rule) {
        super("completion-rule-mismatch", "Lesson " + lessonId + " is completed when " + rule
                + ", not this way");
    }
}
