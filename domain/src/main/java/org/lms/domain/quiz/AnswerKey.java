package org.lms.domain.quiz;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What is correct for one question: the correct options (choice questions), the correct value
 * (true/false) or the accepted texts and whether they must match exactly (short answer). The
 * fields of other types are empty.
 */
public record AnswerKey(Set<Integer> correctOptions, Boolean correctValue, List<String> acceptedAnswers,
                        boolean exactMatch) {

    public AnswerKey {
        correctOptions = Set.copyOf(Objects.requireNonNull(correctOptions, "correctOptions"));
        acceptedAnswers = List.copyOf(Objects.requireNonNull(acceptedAnswers, "acceptedAnswers"));
    }

    public static AnswerKey options(Set<Integer> correct) {
        return new AnswerKey(correct, null, List.of(), false);
    }

    public static AnswerKey value(boolean correct) {
        return new AnswerKey(Set.of(), correct, List.of(), false);
    }

    public static AnswerKey texts(List<String> accepted, boolean exactMatch) {
        return new AnswerKey(Set.of(), null, accepted, exactMatch);
    }
}
