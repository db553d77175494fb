package org.lms.domain.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.lms.domain.shared.InvalidValueException;
import org.lms.domain.shared.Text;

/**
 * One question of a quiz with its answer key. Invariants: choice questions have 2..{@value #MAX_OPTIONS}
 * distinct options and correct options among them (exactly one for single choice, at least one for
 * multiple choice); true/false questions have a correct value and no options; short-answer questions
 * have 1..{@value #MAX_ACCEPTED} accepted texts and no options. Points are 1..{@value #MAX_POINTS}.
 */
public record Question(QuestionId id, QuestionType type, String prompt, List<String> options, AnswerKey key,
                       int points) {

    public static final int MAX_PROMPT_LENGTH = 2000;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_OPTION_LENGTH = 500;
    public static final int MAX_ACCEPTED = 10;
    public static final int MAX_POINTS = 100;
    public static final int DEFAULT_POINTS = 1;

    public Question {
        Objects.requireNonNull(id, "id");
        if (type == null) {
            throw new InvalidValueException("type", "type is required");
        }
        prompt = Text.require("prompt", prompt, 1, MAX_PROMPT_LENGTH, true);
        options = Objects.requireNonNull(options, "options").stream()
                .map(option -> Text.require("options", option, 1, MAX_OPTION_LENGTH, false)).toList();
        Objects.requireNonNull(key, "key");
        if (points < 1 || points > MAX_POINTS) {
            throw new InvalidValueException("points", "points must be between 1 and " + MAX_POINTS);
        }
        key = checked(type, options, key);
    }

    private static AnswerKey checked(QuestionType type, List<String> options, AnswerKey key) {
        if (type.hasOptions()) {
            if (options.size() < 2 || options.size() > MAX_OPTIONS || new HashSet<>(options).size() != options.size()) {
                throw new InvalidValueException("options", type + " questions need 2 to " + MAX_OPTIONS
                        + " distinct options");
            }
            boolean inRange = key.correctOptions().stream().allMatch(i -> i >= 0 && i < options.size());
            int correct = key.correctOptions().size();
            if (!inRange || correct < 1 || (type == QuestionType.SINGLE_CHOICE && correct != 1)) {
                throw new InvalidValueException("correctOptions", type == QuestionType.SINGLE_CHOICE
                        ? "correctOptions must name exactly one option by its index"
                        : "correctOptions must name at least one option by its index");
            }
            return AnswerKey.options(key.correctOptions());
        }
        if (!options.isEmpty()) {
            throw new InvalidValueException("options", type + " questions have no options");
        }
        if (type == QuestionType.TRUE_FALSE) {
            if (key.correctValue() == null) {
                throw new InvalidValueException("correctValue", "correctValue is required");
            }
            return AnswerKey.value(key.correctValue());
        }
        List<String> accepted = key.acceptedAnswers().stream()
                .map(text -> Text.require("acceptedAnswers", text, 1, Answer.ShortText.MAX_LENGTH, false)).toList();
        if (accepted.isEmpty() || accepted.size() > MAX_ACCEPTED) {
            throw new InvalidValueException("acceptedAnswers", "acceptedAnswers needs 1 to " + MAX_ACCEPTED + " texts");
        }
        return AnswerKey.texts(accepted, key.exactMatch());
    }

    /** Refuses, as an invalid value, an answer of the wrong kind or naming options this question lacks. */
    public void check(Answer answer) {
        Objects.requireNonNull(answer, "answer");
        boolean fits = switch (type) {
            case SINGLE_CHOICE -> answer instanceof Answer.Choice choice && choice.selected().size() == 1
                    && withinOptions(choice);
            case MULTIPLE_CHOICE -> answer instanceof Answer.Choice choice && withinOptions(choice);
            case TRUE_FALSE -> answer instanceof Answer.TrueFalse;
            case SHORT_ANSWER -> answer instanceof Answer.ShortText;
        };
        if (!fits) {
            throw new InvalidValueException("answer", switch (type) {
                case SINGLE_CHOICE -> "A SINGLE_CHOICE question is answered with exactly one option index in selected";
                case MULTIPLE_CHOICE -> "A MULTIPLE_CHOICE question is answered with option indexes in selected";
                case TRUE_FALSE -> "A TRUE_FALSE question is answered with value true or false";
                case SHORT_ANSWER -> "A SHORT_ANSWER question is answered with text";
            });
        }
    }

    private boolean withinOptions(Answer.Choice choice) {
        return choice.selected().stream().allMatch(i -> i >= 0 && i < options.size());
    }

    /**
     * Whether {@code answer} earns the points: the exact set of correct options, the correct value,
     * or a text equal to an accepted one after trimming (ignoring case unless the key says exact).
     */
    public boolean isCorrect(Answer answer) {
        if (answer instanceof Answer.Choice choice) {
            return type.hasOptions() && choice.selected().equals(key.correctOptions());
        }
        if (answer instanceof Answer.TrueFalse value) {
            return type == QuestionType.TRUE_FALSE && key.correctValue() == value.value();
        }
        String given = ((Answer.ShortText) answer).text();
        return type == QuestionType.SHORT_ANSWER && key.acceptedAnswers().stream()
                .anyMatch(accepted -> key.exactMatch() ? accepted.equals(given)
                        : accepted.toLowerCase(Locale.ROOT).equals(given.toLowerCase(Locale.ROOT)));
    }

}
