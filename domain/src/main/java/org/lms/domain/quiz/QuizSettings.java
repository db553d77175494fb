package org.lms.domain.quiz;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.lms.domain.shared.InvalidValueException;

/**
 * How a quiz is taken and scored. The pass mark is a whole percentage 0..100; the time limit, when
 * there is one, is {@value #MIN_TIME_LIMIT_SECONDS} s .. 24 h (whole seconds); at most
 * {@value #MAX_ATTEMPTS} attempts per student, or any number when {@code maxAttempts} is empty.
 * {@code revealAnswers} shows the correct answers in a student's attempt once it is closed.
 */
public record QuizSettings(int passMarkPercent, Optional<Duration> timeLimit, Optional<Integer> maxAttempts,
                           ScoringPolicy scoringPolicy, boolean shuffle, boolean revealAnswers) {

    public static final int MIN_TIME_LIMIT_SECONDS = 60;
    public static final int MAX_TIME_LIMIT_SECONDS = 24 * 60 * 60;
    public static final int MAX_ATTEMPTS = 100;

    public QuizSettings {
        if (passMarkPercent < 0 || passMarkPercent > 100) {
            throw new InvalidValueException("passMarkPercent", "passMarkPercent must be between 0 and 100");
        }
        Objects.requireNonNull(timeLimit, "timeLimit");
        timeLimit.ifPresent(limit -> {
            if (limit.getSeconds() < MIN_TIME_LIMIT_SECONDS || limit.getSeconds() > MAX_TIME_LIMIT_SECONDS
                    || limit.getNano() != 0) {
                throw new InvalidValueException("timeLimitSeconds", "timeLimitSeconds must be between "
                        + MIN_TIME_LIMIT_SECONDS + " and " + MAX_TIME_LIMIT_SECONDS);
            }
        });
        Objects.requireNonNull(maxAttempts, "maxAttempts");
        maxAttempts.ifPresent(max -> {
            if (max < 1 || max > MAX_ATTEMPTS) {
                throw new InvalidValueException("maxAttempts", "maxAttempts must be between 1 and " + MAX_ATTEMPTS);
            }
        });
        if (scoringPolicy == null) {
            throw new InvalidValueException("scoringPolicy", "scoringPolicy is required");
        }
    }
}
