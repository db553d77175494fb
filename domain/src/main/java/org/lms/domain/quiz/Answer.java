package org.lms.domain.quiz;

import java.util.Objects;
import java.util.Set;
import org.lms.domain.shared.Text;

/** A student's answer to one question; which kind fits is the question's type. */
public sealed interface Answer {

    /** Options selected, by their index in the author's order (not the shuffled order shown). */
    record Choice(Set<Integer> selected) implements Answer {

        public Choice {
            selected = Set.copyOf(Objects.requireNonNull(selected, "selected"));
        }
    }

    record TrueFalse(boolean value) implements Answer {
    }

    record ShortText(String text) implements Answer {

        public static final int MAX_LENGTH = 500;

        public ShortText {
            text = Text.require("text", text, 0, MAX_LENGTH, false);
        }
    }
}
