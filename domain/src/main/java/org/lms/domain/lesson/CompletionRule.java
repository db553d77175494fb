package org.lms.domain.lesson;

/** What makes a lesson complete for a student. */
public enum CompletionRule {
    /** The student reports having watched or read it. */
    VIEWED,
    /** The student handed in the assignment. */
    SUBMITTED,
    /** An instructor graded the student's submission at or above the lesson's pass score; never the student. */
    GRADED,
    /** The student passed the quiz; set by quiz grading, never by the student. */
    PASSED,
    /** The student ticks it off. */
    MARKED_DONE;

    /** Whether the student's own word completes the lesson (no submission, no grading). */
    public boolean isSelfReported() {
        return this == VIEWED || this == MARKED_DONE;
    }
}
