package org.lms.domain.lesson;

import java.util.List;

/** The kinds of lesson, each with the completion rules that make sense for it; the first is the default. */
public enum LessonType {
    VIDEO(CompletionRule.VIEWED, CompletionRule.MARKED_DONE),
    TEXT(CompletionRule.VIEWED, CompletionRule.MARKED_DONE),
    FILE(CompletionRule.VIEWED, CompletionRule.MARKED_DONE),
    QUIZ(CompletionRule.PASSED),
    ASSIGNMENT(CompletionRule.SUBMITTED, CompletionRule.GRADED);

    private final List<CompletionRule> rules;

    LessonType(CompletionRule... rules) {
        this.rules = List.of(rules);
    }

    public CompletionRule defaultRule() {
        return rules.get(0);
    }

    public boolean allows(CompletionRule rule) {
        return rules.contains(rule);
    }

    public List<CompletionRule> allowedRules() {
        return rules;
    }
}
