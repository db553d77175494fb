package org.lms.domain.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lms.domain.quiz.QuizTest.multiple;
import static org.lms.domain.quiz.QuizTest.quiz;
import static org.lms.domain.quiz.QuizTest.shortAnswer;
import static org.lms.domain.quiz.QuizTest.single;
import static org.lms.domain.quiz.QuizTest.trueFalse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.quiz.event.QuizAttemptGraded;
import org.lms.domain.quiz.event.QuizAttemptStarted;
import org.lms.domain.shared.AccessDeniedException;

class QuizAttemptTest {

    private static final Instant START = Instant.parse("2026-05-01T10:00:00Z");
    private final Actor student = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.STUDENT));
    private final Question tf = trueFalse(true);
    private final Question pick = single(2, 1);

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static QuizSettings timed(int minutes, Integer maxAttempts, ScoringPolicy policy, boolean reveal) {
        return new QuizSettings(50, Optional.of(Duration.ofMinutes(minutes)), Optional.ofNullable(maxAttempts), policy,
                false, reveal);
    }

    private QuizAttempt start(Quiz quiz, List<QuizAttempt> previous, Instant at) {
        return QuizAttempt.start(student, quiz, previous, new Random(7), at(at));
    }

    @Test
    void startIsStampedByTheServerClockAndAnnounced() {
        Quiz quiz = quiz(timed(10, null, ScoringPolicy.HIGHEST, false), tf);
        QuizAttempt attempt = start(quiz, List.of(), START);
        assertThat(attempt.startedAt()).isEqualTo(START);
        assertThat(attempt.dueAt()).contains(START.plus(Duration.ofMinutes(10)));
        assertThat(attempt.number()).isEqualTo(1);
        assertThat(attempt.status()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(attempt.pullEvents()).singleElement().isInstanceOf(QuizAttemptStarted.class);
    }

    @Test
    void submittingWithinLimitAndGraceIsScoredNormally() {
        Quiz quiz = quiz(timed(10, null, ScoringPolicy.HIGHEST, false), tf, pick);
        QuizAttempt attempt = start(quiz, List.of(), START);
        Instant lastMoment = START.plus(Duration.ofMinutes(10)).plus(QuizAttempt.GRACE);
        attempt.answer(student, quiz, tf.id(), new Answer.TrueFalse(true), at(lastMoment));
        attempt.submit(student, quiz, at(lastMoment));
        assertThat(attempt.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(attempt.closedAt()).contains(lastMoment);
        assertThat(attempt.grade().orElseThrow().percent()).isEqualByComparingTo("50.00");
        QuizAttemptGraded graded = (QuizAttemptGraded) attempt.pullEvents().get(1);
        assertThat(graded.late()).isFalse();
        assertThat(graded.passed()).isTrue();
        assertThat(graded.duration()).isEqualTo(Duration.ofMinutes(10).plus(QuizAttempt.GRACE));
    }

    @Test
    void afterLimitAndGraceAnswersAndSubmissionAreRefusedAndTheAttemptExpiresWithWhatWasSaved() {
        Quiz quiz = quiz(timed(10, null, ScoringPolicy.HIGHEST, false), tf, pick);
        QuizAttempt attempt = start(quiz, List.of(), START);
        attempt.answer(student, quiz, tf.id(), new Answer.TrueFalse(true), at(START.plusSeconds(60)));
        Instant tooLate = START.plus(Duration.ofMinutes(10)).plus(QuizAttempt.GRACE).plusMillis(1);
        assertThatThrownBy(() -> attempt.answer(student, quiz, pick.id(), new Answer.Choice(Set.of(2)), at(tooLate)))
                .isInstanceOf(QuizAttemptExpiredException.class);
        assertThatThrownBy(() -> attempt.submit(student, quiz, at(tooLate)))
                .isInstanceOf(QuizAttemptExpiredException.class);
        assertThat(attempt.status()).as("refusals change nothing").isEqualTo(AttemptStatus.IN_PROGRESS);

        assertThat(attempt.expireIfOverdue(quiz, at(tooLate.plusSeconds(3600)))).isTrue();
        assertThat(attempt.status()).isEqualTo(AttemptStatus.EXPIRED);
        assertThat(attempt.closedAt()).as("closed at the deadline, not when noticed")
                .contains(START.plus(Duration.ofMinutes(10)).plus(QuizAttempt.GRACE));
        assertThat(attempt.grade().orElseThrow().pointsEarned()).isEqualTo(1);
        QuizAttemptGraded graded = (QuizAttemptGraded) attempt.pullEvents().get(1);
        assertThat(graded.late()).isTrue();
        assertThat(attempt.expireIfOverdue(quiz, at(tooLate.plusSeconds(7200)))).as("once").isFalse();
        assertThatThrownBy(() -> attempt.submit(student, quiz, at(tooLate))).isInstanceOf(QuizAttemptExpiredException.class);
    }

    @Test
    void punctualAndUntimedAttemptsNeverExpire() {
        Quiz timedQuiz = quiz(timed(10, null, ScoringPolicy.HIGHEST, false), tf);
        QuizAttempt timedAttempt = start(timedQuiz, List.of(), START);
        assertThat(timedAttempt.expireIfOverdue(timedQuiz, at(START.plus(Duration.ofMinutes(10)).plus(QuizAttempt.GRACE))))
                .isFalse();
        Quiz untimed = quiz(QuizTest.settings(50), tf);
        QuizAttempt open = start(untimed, List.of(), START);
        assertThat(open.expireIfOverdue(untimed, at(START.plus(Duration.ofDays(400))))).isFalse();
        open.submit(student, untimed, at(START.plus(Duration.ofDays(400))));
        assertThat(open.status()).isEqualTo(AttemptStatus.SUBMITTED);
    }

    @Test
    void submittingTwiceOrByAnotherUserIsRefused() {
        Quiz quiz = quiz(QuizTest.settings(50), tf);
        QuizAttempt attempt = start(quiz, List.of(), START);
        Actor other = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.STUDENT));
        assertThatThrownBy(() -> attempt.submit(other, quiz, at(START))).isInstanceOf(AccessDeniedException.class);
        attempt.submit(student, quiz, at(START));
        assertThatThrownBy(() -> attempt.submit(student, quiz, at(START))).isInstanceOf(QuizAttemptClosedException.class);
        assertThatThrownBy(() -> attempt.answer(student, quiz, tf.id(), new Answer.TrueFalse(true), at(START)))
                .isInstanceOf(QuizAttemptClosedException.class);
    }

    @Test
    void questionsOfAnotherQuizAreNotFound() {
        Quiz quiz = quiz(QuizTest.settings(50), tf);
        QuizAttempt attempt = start(quiz, List.of(), START);
        assertThatThrownBy(() -> attempt.answer(student, quiz, QuestionId.newId(), new Answer.TrueFalse(true), at(START)))
                .isInstanceOf(QuestionNotFoundException.class);
        assertThatThrownBy(() -> attempt.answer(student, quiz, tf.id(), new Answer.ShortText("yes"), at(START)))
                .isInstanceOf(org.lms.domain.shared.InvalidValueException.class);
        assertThat(attempt.changedAnswers()).isEmpty();
    }

    @Test
    void attemptsAreLimited() {
        Quiz quiz = quiz(timed(10, 2, ScoringPolicy.HIGHEST, false), tf);
        QuizAttempt first = start(quiz, List.of(), START);
        QuizAttempt second = start(quiz, List.of(first), START);
        assertThat(second.number()).isEqualTo(2);
        assertThatThrownBy(() -> start(quiz, List.of(first, second), START))
                .isInstanceOf(QuizAttemptsExhaustedException.class);
    }

    @Test
    void highestTakesTheBestScoreAndLatestTheLastClosedAttempt() {
        for (ScoringPolicy policy : ScoringPolicy.values()) {
            Quiz quiz = quiz(timed(10, null, policy, false), tf);
            QuizAttempt good = start(quiz, List.of(), START);
            good.answer(student, quiz, tf.id(), new Answer.TrueFalse(true), at(START));
            good.submit(student, quiz, at(START.plusSeconds(10)));
            QuizAttempt bad = start(quiz, List.of(good), START.plusSeconds(20));
            bad.submit(student, quiz, at(START.plusSeconds(30)));
            QuizAttempt open = start(quiz, List.of(good, bad), START.plusSeconds(40));
            QuizAttempt result = policy.resultOf(List.of(good, bad, open)).orElseThrow();
            assertThat(result).isSameAs(policy == ScoringPolicy.HIGHEST ? good : bad);
            assertThat(policy.resultOf(List.of(open))).isEmpty();
        }
    }

    @Test
    void shuffledOrderIsDrawnOnceAndKept() {
        List<Question> questions = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> questions.add(multiple(Set.of(0))));
        Quiz quiz = quiz(new QuizSettings(50, Optional.empty(), Optional.empty(), ScoringPolicy.HIGHEST, true, false),
                questions.toArray(Question[]::new));
        QuizAttempt attempt = start(quiz, List.of(), START);
        List<QuestionId> authored = questions.stream().map(Question::id).toList();
        assertThat(attempt.questionOrder()).containsExactlyInAnyOrderElementsOf(authored).isNotEqualTo(authored);
        List<PresentedQuestion> first = attempt.presentation(quiz, false);
        assertThat(attempt.presentation(quiz, false)).isEqualTo(first);
        QuizAttempt reloaded = QuizAttempt.restore(attempt.id(), attempt.quizId(), attempt.courseId(),
                attempt.lessonId(), attempt.studentId(), 1, attempt.startedAt(), attempt.dueAt(),
                attempt.questionOrder(), attempt.optionOrder(), attempt.answers(), attempt.status(),
                attempt.closedAt(), attempt.grade(), Optional.empty());
        assertThat(reloaded.presentation(quiz, false)).isEqualTo(first);
        assertThat(first.stream().map(q -> q.options().stream().map(PresentedQuestion.Option::index).toList()))
                .allSatisfy(order -> assertThat(order).containsExactlyInAnyOrder(0, 1, 2, 3))
                .anySatisfy(order -> assertThat(order).isNotEqualTo(List.of(0, 1, 2, 3)));
    }

    @Test
    void studentsSeeNoAnswersBeforeTheAttemptIsClosedAndAfterOnlyWhenRevealed() {
        Question text = shortAnswer(false, "Paris");
        for (boolean reveal : new boolean[] {false, true}) {
            Quiz quiz = quiz(timed(10, null, ScoringPolicy.HIGHEST, reveal), tf, text);
            QuizAttempt attempt = start(quiz, List.of(), START);
            attempt.answer(student, quiz, text.id(), new Answer.ShortText("paris"), at(START));
            assertThat(attempt.presentation(quiz, false)).allSatisfy(question -> {
                assertThat(question.key()).isEmpty();
                assertThat(question.correct()).isEmpty();
            });
            assertThat(attempt.presentation(quiz, true)).allSatisfy(question -> assertThat(question.key()).isPresent());
            attempt.submit(student, quiz, at(START.plusSeconds(5)));
            List<PresentedQuestion> after = attempt.presentation(quiz, false);
            assertThat(after).extracting(PresentedQuestion::correct)
                    .containsExactly(Optional.of(false), Optional.of(true));
            assertThat(after).allSatisfy(question -> assertThat(question.key().isPresent()).isEqualTo(reveal));
        }
    }
}
