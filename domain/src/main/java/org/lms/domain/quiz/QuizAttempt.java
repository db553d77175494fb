package org.lms.domain.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.UserId;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.quiz.event.QuizAttemptGraded;
import org.lms.domain.quiz.event.QuizAttemptStarted;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.DomainEvent;

/**
 * One student's attempt at a quiz.
 *
 * <p>Lifecycle: started by the student (the server's clock sets the start; the question order, and
 * each choice question's option order, are drawn once and kept, shuffled when the quiz says so);
 * answered any number of times per question while IN_PROGRESS; closed once, either SUBMITTED by the
 * student or EXPIRED by the server. A timed attempt takes answers and its submission until
 * {@code dueAt} plus {@link #GRACE}; after that both are refused and the attempt is EXPIRED, graded by
 * the answers saved until then, whenever the server next touches it (a read or the student's next start).
 * The client's clock and any score it computes play no part.
 *
 * <p>A failed attempt that used the student's last allowed attempt, at a quiz they never passed,
 * awaits review by the course's staff, who may grant more attempts ({@link AttemptReview}).
 */
public final class QuizAttempt {

    /**
     * Extra time after the limit in which answers and the submission still count: covers the
     * request's travel and a click in the last second. Documented in the README.
     */
    public static final Duration GRACE = Duration.ofSeconds(30);

    private final QuizAttemptId id;
    private final QuizId quizId;
    private final CourseId courseId;
    private final LessonId lessonId;
    private final UserId studentId;
    private final int number;
    private final Instant startedAt;
    private final Instant dueAt;
    private final List<QuestionId> questionOrder;
    private final Map<QuestionId, List<Integer>> optionOrder;
    private final Map<QuestionId, Answer> answers;
    private final Set<QuestionId> changedAnswers = new LinkedHashSet<>();
    private AttemptStatus status;
    private Instant closedAt;
    private Grade grade;
    private AttemptReview review;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private QuizAttempt(QuizAttemptId id, QuizId quizId, CourseId courseId, LessonId lessonId, UserId studentId,
                        int number, Instant startedAt, Instant dueAt, List<QuestionId> questionOrder,
                        Map<QuestionId, List<Integer>> optionOrder, Map<QuestionId, Answer> answers,
                        AttemptStatus status, Instant closedAt, Grade grade, AttemptReview review) {
        this.id = Objects.requireNonNull(id, "id");
        this.quizId = Objects.requireNonNull(quizId, "quizId");
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.lessonId = Objects.requireNonNull(lessonId, "lessonId");
        this.studentId = Objects.requireNonNull(studentId, "studentId");
        this.number = number;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.dueAt = dueAt;
        this.questionOrder = List.copyOf(questionOrder);
        this.optionOrder = Map.copyOf(optionOrder);
        this.answers = new LinkedHashMap<>(answers);
        this.status = Objects.requireNonNull(status, "status");
        this.closedAt = closedAt;
        this.grade = grade;
        this.review = review;
        if ((status == AttemptStatus.IN_PROGRESS) != (closedAt == null && grade == null)) {
            throw new IllegalArgumentException("A closed attempt has a close time and a grade, an open one neither");
        }
        if (review != null && (grade == null || grade.passed())) {
            throw new IllegalArgumentException("Only a failed attempt is reviewed");
        }
    }

    /**
     * The student's next attempt, within the attempts allowed ({@link #attemptsAllowed}). {@code previous}
     * are all their earlier attempts at this quiz; the caller holds the lock that keeps concurrent starts
     * from counting the same attempts.
     */
    public static QuizAttempt start(Actor actor, Quiz quiz, List<QuizAttempt> previous, RandomGenerator random,
                                    Clock clock) {
        UserId student = actor.requireUser().id();
        if (previous.stream().anyMatch(attempt -> !attempt.studentId.equals(student) || !attempt.quizId.equals(quiz.id()))) {
            throw new IllegalArgumentException("Previous attempts must be the student's own at this quiz");
        }
        attemptsAllowed(quiz, previous).filter(allowed -> previous.size() >= allowed).ifPresent(allowed -> {
            throw new QuizAttemptsExhaustedException(quiz.id(), allowed);
        });
        boolean shuffle = quiz.settings().shuffle();
        List<QuestionId> order = new ArrayList<>(quiz.questions().stream().map(Question::id).toList());
        Map<QuestionId, List<Integer>> options = new LinkedHashMap<>();
        for (Question question : quiz.questions()) {
            if (question.type().hasOptions()) {
                List<Integer> indexes = new ArrayList<>(IntStream.range(0, question.options().size()).boxed().toList());
                if (shuffle) {
                    shuffle(indexes, random);
                }
                options.put(question.id(), indexes);
            }
        }
        if (shuffle) {
            shuffle(order, random);
        }
        Instant now = clock.instant();
        QuizAttempt attempt = new QuizAttempt(QuizAttemptId.newId(), quiz.id(), quiz.courseId(), quiz.lessonId(),
                student, previous.size() + 1, now, quiz.settings().timeLimit().map(now::plus).orElse(null), order,
                options, Map.of(), AttemptStatus.IN_PROGRESS, null, null, null);
        attempt.pendingEvents.add(QuizAttemptStarted.of(attempt.id, quiz.id(), quiz.courseId(), student, now));
        return attempt;
    }

    /**
     * How many attempts the student may make in all: the quiz's maximum plus those granted in reviews
     * of their {@code attempts} at it; empty when the quiz allows any number.
     */
    public static Optional<Integer> attemptsAllowed(Quiz quiz, List<QuizAttempt> attempts) {
        int granted = attempts.stream().map(attempt -> attempt.review)
                .mapToInt(review -> review == null ? 0 : review.extraAttempts()).sum();
        return quiz.settings().maxAttempts().map(max -> max + granted);
    }

    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    public static QuizAttempt restore(QuizAttemptId id, QuizId quizId, CourseId courseId, LessonId lessonId,
                                      UserId studentId, int number, Instant startedAt, Optional<Instant> dueAt,
                                      List<QuestionId> questionOrder, Map<QuestionId, List<Integer>> optionOrder,
                                      Map<QuestionId, Answer> answers, AttemptStatus status,
                                      Optional<Instant> closedAt, Optional<Grade> grade,
                                      Optional<AttemptReview> review) {
        return new QuizAttempt(id, quizId, courseId, lessonId, studentId, number, startedAt, dueAt.orElse(null),
                questionOrder, optionOrder, answers, status, closedAt.orElse(null), grade.orElse(null),
                review.orElse(null));
    }

    /** Saves (or replaces) the student's answer to one question of this attempt. */
    public void answer(Actor actor, Quiz quiz, QuestionId questionId, Answer answer, Clock clock) {
        ensureOpenFor(actor, quiz, clock);
        if (!questionOrder.contains(questionId)) {
            throw new QuestionNotFoundException(questionId);
        }
        quiz.question(questionId).check(answer);
        answers.put(questionId, answer);
        changedAnswers.add(questionId);
    }

    /** The student hands the attempt in; it is graded now. */
    public void submit(Actor actor, Quiz quiz, Clock clock) {
        ensureOpenFor(actor, quiz, clock);
        close(AttemptStatus.SUBMITTED, clock.instant(), quiz);
    }

    /**
     * Closes the attempt as EXPIRED when its deadline and grace have passed, graded by the answers
     * saved until then; answers whether it did. Nothing happens to a closed or punctual attempt.
     */
    public boolean expireIfOverdue(Quiz quiz, Clock clock) {
        ensureOf(quiz);
        if (status != AttemptStatus.IN_PROGRESS || !isOverdue(clock.instant())) {
            return false;
        }
        close(AttemptStatus.EXPIRED, dueAt.plus(GRACE), quiz);
        return true;
    }

    private void ensureOpenFor(Actor actor, Quiz quiz, Clock clock) {
        ensureOf(quiz);
        if (!isOwnedBy(actor.requireUser().id())) {
            throw new AccessDeniedException("Only the student who started the attempt answers and submits it");
        }
        if (status == AttemptStatus.SUBMITTED) {
            throw new QuizAttemptClosedException(id);
        }
        if (status == AttemptStatus.EXPIRED || isOverdue(clock.instant())) {
            throw new QuizAttemptExpiredException(id);
        }
    }

    private void ensureOf(Quiz quiz) {
        if (!quiz.id().equals(quizId)) {
            throw new IllegalArgumentException("Attempt " + id + " is not an attempt at quiz " + quiz.id());
        }
    }

    /**
     * Whether the course's staff should look at this attempt: it failed, it used the student's last
     * allowed attempt, none of the student's {@code attempts} at the quiz (this one among them) passed,
     * and no one reviewed it yet. The view {@code report_quiz_attempts_awaiting_review} counts by the same rule.
     */
    public boolean awaitsReview(Quiz quiz, List<QuizAttempt> attempts) {
        ensureOf(quiz);
        boolean failed = grade != null && !grade.passed();
        boolean quizPassed = attempts.stream().anyMatch(attempt -> attempt.grade != null && attempt.grade.passed());
        return review == null && failed && !quizPassed
                && attemptsAllowed(quiz, attempts).filter(allowed -> number >= allowed).isPresent();
    }

    /**
     * The course's staff (checked by the caller) decide on a failed last attempt: close the case, or
     * grant {@code extraAttempts} more. {@code attempts} are all the student's attempts at the quiz,
     * read under their lock. A review is final.
     */
    public void review(Actor reviewer, Quiz quiz, List<QuizAttempt> attempts, int extraAttempts, Optional<String> note,
                       Clock clock) {
        if (review != null) {
            throw new QuizAttemptAlreadyReviewedException(id);
        }
        if (!awaitsReview(quiz, attempts)) {
            throw new QuizAttemptNotReviewableException(id);
        }
        review = new AttemptReview(reviewer.requireUser().id(), clock.instant(), extraAttempts, note);
    }

    /** Past the deadline and its grace; an untimed attempt never is. The deadline itself still counts. */
    public boolean isOverdue(Instant now) {
        return dueAt != null && now.isAfter(dueAt.plus(GRACE));
    }

    private void close(AttemptStatus closing, Instant at, Quiz quiz) {
        this.grade = quiz.grade(answers);
        this.status = closing;
        this.closedAt = at;
        pendingEvents.add(QuizAttemptGraded.of(id, quizId, courseId, lessonId, studentId, closing, grade.percent(),
                grade.passed(), startedAt, at));
    }

    /**
     * The questions in this attempt's order. Whether each answer was correct shows once the attempt
     * is closed; the answer key shows to reviewers (the course's staff) always, to the student only
     * once the attempt is closed and the quiz reveals answers.
     */
    public List<PresentedQuestion> presentation(Quiz quiz, boolean reviewer) {
        ensureOf(quiz);
        boolean closed = status != AttemptStatus.IN_PROGRESS;
        boolean showKey = reviewer || (closed && quiz.settings().revealAnswers());
        List<PresentedQuestion> presented = new ArrayList<>();
        for (QuestionId questionId : questionOrder) {
            Question question = quiz.question(questionId);
            List<PresentedQuestion.Option> options = optionOrder.getOrDefault(questionId, List.of()).stream()
                    .map(index -> new PresentedQuestion.Option(index, question.options().get(index))).toList();
            Optional<Answer> answer = Optional.ofNullable(answers.get(questionId));
            Optional<Boolean> correct = closed
                    ? Optional.of(answer.map(question::isCorrect).orElse(false)) : Optional.empty();
            presented.add(new PresentedQuestion(questionId, question.type(), question.prompt(), question.points(),
                    options, answer, correct, showKey ? Optional.of(question.key()) : Optional.empty()));
        }
        return presented;
    }

    public boolean isOwnedBy(UserId user) {
        return studentId.equals(user);
    }

    /** Answers saved since this object was built, for storing. */
    public Map<QuestionId, Answer> changedAnswers() {
        Map<QuestionId, Answer> changed = new LinkedHashMap<>();
        changedAnswers.forEach(question -> changed.put(question, answers.get(question)));
        return changed;
    }

    /** Hands over the events raised since the last call, and forgets them. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    public QuizAttemptId id() {
        return id;
    }

    public QuizId quizId() {
        return quizId;
    }

    public CourseId courseId() {
        return courseId;
    }

    public LessonId lessonId() {
        return lessonId;
    }

    public UserId studentId() {
        return studentId;
    }

    public int number() {
        return number;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** When the time limit ends (the grace comes on top); empty for an untimed quiz. */
    public Optional<Instant> dueAt() {
        return Optional.ofNullable(dueAt);
    }

    public List<QuestionId> questionOrder() {
        return questionOrder;
    }

    public Map<QuestionId, List<Integer>> optionOrder() {
        return optionOrder;
    }

    public Map<QuestionId, Answer> answers() {
        return Collections.unmodifiableMap(answers);
    }

    public AttemptStatus status() {
        return status;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Grade> grade() {
        return Optional.ofNullable(grade);
    }

    public Optional<AttemptReview> review() {
        return Optional.ofNullable(review);
    }
}
