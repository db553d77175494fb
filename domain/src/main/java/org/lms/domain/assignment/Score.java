package org.lms.domain.assignment;

import org.lms.domain.shared.InvalidValueException;

/** A grade in points from {@value #MIN} to {@value #MAX}. */
public record Score(int value) {

    public static final int MIN = 0;
    public static final int MAX = 100;

    public Score {
        if (value < MIN || value > MAX) {
            throw new InvalidValueException("score", "score must be between " + MIN + " and " + MAX);
        }
    }
}
