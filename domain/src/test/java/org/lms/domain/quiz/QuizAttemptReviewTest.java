package org.lms.domain.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lms.domain.quiz.QuizTest.quiz;
import static org.lms.domain.quiz.QuizTest.trueFalse;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.InvalidValueException;

class QuizAttemptReviewTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);
    private final Actor student = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.STUDENT));
    private final Actor instructor = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.INSTRUCTOR));
    private final Question tf = trueFalse(true);
    private final Quiz twoAttempts = quiz(new QuizSettings(100, Optional.empty(), Optional.of(2), ScoringPolicy.HIGHEST,
            false, false), tf);
    private final List<QuizAttempt> attempts = new ArrayList<>();

    private QuizAttempt take(Quiz quiz, boolean answer) {
        QuizAttempt attempt = QuizAttempt.start(student, quiz, attempts, new Random(1), CLOCK);
        attempt.answer(student, quiz, tf.id(), new Answer.TrueFalse(answer), CLOCK);
        attempt.submit(student, quiz, CLOCK);
        attempts.add(attempt);
        return attempt;
    }

    @Test
    void onlyAFailedLastAllowedAttemptAwaitsReview() {
        QuizAttempt first = take(twoAttempts, false);
        assertThat(first.awaitsReview(twoAttempts, attempts)).isFalse();
        assertThatThrownBy(() -> first.review(instructor, twoAttempts, attempts, 1, Optional.empty(), CLOCK))
                .isInstanceOf(QuizAttemptNotReviewableException.class);
        QuizAttempt last = take(twoAttempts, false);
        assertThat(last.awaitsReview(twoAttempts, attempts)).isTrue();
        assertThat(first.awaitsReview(twoAttempts, attempts)).isFalse();
    }

    @Test
    void aPassedLastAttemptOrAQuizPassedEarlierNeedsNoReview() {
        Quiz latestOfTwo = quiz(new QuizSettings(100, Optional.empty(), Optional.of(2), ScoringPolicy.LATEST,
                false, false), tf);
        take(latestOfTwo, true);
        QuizAttempt failedLast = take(latestOfTwo, false);
        assertThat(failedLast.awaitsReview(latestOfTwo, attempts)).isFalse();
        attempts.clear();
        take(twoAttempts, false);
        assertThat(take(twoAttempts, true).awaitsReview(twoAttempts, attempts)).isFalse();
    }

    @Test
    void aQuizWithoutAMaximumHasNothingToReview() {
        Quiz unlimited = quiz(new QuizSettings(100, Optional.empty(), Optional.empty(), ScoringPolicy.HIGHEST,
                false, false), tf);
        assertThat(take(unlimited, false).awaitsReview(unlimited, attempts)).isFalse();
        assertThat(QuizAttempt.attemptsAllowed(unlimited, attempts)).isEmpty();
    }

    @Test
    void grantedAttemptsRaiseTheAllowanceAndMoveTheReviewToTheNewLastAttempt() {
        take(twoAttempts, false);
        QuizAttempt second = take(twoAttempts, false);
        assertThatThrownBy(() -> QuizAttempt.start(student, twoAttempts, attempts, new Random(1), CLOCK))
                .isInstanceOf(QuizAttemptsExhaustedException.class);
        second.review(instructor, twoAttempts, attempts, 1, Optional.of("  One more, after rereading lesson 2. "), CLOCK);
        AttemptReview review = second.review().orElseThrow();
        assertThat(review.reviewerId()).isEqualTo(instructor.requireUser().id());
        assertThat(review.reviewedAt()).isEqualTo(CLOCK.instant());
        assertThat(review.note()).contains("One more, after rereading lesson 2.");
        assertThat(second.awaitsReview(twoAttempts, attempts)).isFalse();
        assertThat(QuizAttempt.attemptsAllowed(twoAttempts, attempts)).contains(3);
        QuizAttempt third = take(twoAttempts, false);
        assertThat(third.number()).isEqualTo(3);
        assertThat(third.awaitsReview(twoAttempts, attempts)).isTrue();
        assertThatThrownBy(() -> QuizAttempt.start(student, twoAttempts, attempts, new Random(1), CLOCK))
                .isInstanceOf(QuizAttemptsExhaustedException.class);
    }

    @Test
    void aReviewIsFinalAndItsValuesAreBounded() {
        take(twoAttempts, false);
        QuizAttempt last = take(twoAttempts, false);
        assertThatThrownBy(() -> last.review(instructor, twoAttempts, attempts, AttemptReview.MAX_EXTRA_ATTEMPTS + 1,
                Optional.empty(), CLOCK)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> last.review(instructor, twoAttempts, attempts, -1, Optional.empty(), CLOCK))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> last.review(instructor, twoAttempts, attempts, 0,
                Optional.of("x".repeat(AttemptReview.MAX_NOTE_LENGTH + 1)), CLOCK))
                .isInstanceOf(InvalidValueException.class);
        assertThat(last.review()).isEmpty();
        last.review(instructor, twoAttempts, attempts, 0, Optional.of("   "), CLOCK);
        assertThat(last.review().orElseThrow().note()).isEmpty();
        assertThat(last.awaitsReview(twoAttempts, attempts)).isFalse();
        assertThatThrownBy(() -> last.review(instructor, twoAttempts, attempts, 1, Optional.empty(), CLOCK))
                .isInstanceOf(QuizAttemptAlreadyReviewedException.class);
        assertThat(QuizAttempt.attemptsAllowed(twoAttempts, attempts)).contains(2);
    }
}
