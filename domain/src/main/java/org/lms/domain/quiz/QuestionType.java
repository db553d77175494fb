package org.lms.domain.quiz;

/** The kinds of question and what answers them. */
public enum QuestionType {
    /** Exactly one of the options is selected. */
    SINGLE_CHOICE,
    /** Any set of the options is selected; only the exact correct set earns the points. */
    MULTIPLE_CHOICE,
    /** True or false. */
    TRUE_FALSE,
    /** A short text, compared trimmed with the accepted answers (case-insensitively unless exact). */
    SHORT_ANSWER;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
