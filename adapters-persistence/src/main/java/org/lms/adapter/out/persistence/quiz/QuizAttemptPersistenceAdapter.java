package org.lms.adapter.out.persistence.quiz;

import static org.lms.adapter.out.persistence.NativeValues.instant;
import static org.lms.adapter.out.persistence.NativeValues.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lms.adapter.out.persistence.SqlFailures;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.QuizAttemptSummary;
import org.lms.application.port.out.LoadQuizAttemptsPort;
import org.lms.application.port.out.QueryQuizAttemptsPort;
import org.lms.application.port.out.SaveQuizAttemptPort;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.quiz.Answer;
import org.lms.domain.quiz.AttemptReview;
import org.lms.domain.quiz.AttemptStatus;
import org.lms.domain.quiz.Grade;
import org.lms.domain.quiz.QuestionId;
import org.lms.domain.quiz.QuizAttempt;
import org.lms.domain.quiz.QuizAttemptId;
import org.lms.domain.quiz.QuizChangedException;
import org.lms.domain.quiz.QuizId;

/**
 * Attempts in {@code quiz_attempt} with their question order ({@code quiz_attempt_question}) and
 * latest answers ({@code quiz_attempt_answer}). The per-student lock is the {@code quiz_participant}
 * row, created on first use and locked with {@code SELECT ... FOR UPDATE}; PostgreSQL and H2 both
 * accept every statement here. Attempts awaiting review are read through the view
 * {@code report_quiz_attempts_awaiting_review} (migration V65), which the workload counts too.
 */
@ApplicationScoped
public class QuizAttemptPersistenceAdapter implements LoadQuizAttemptsPort, SaveQuizAttemptPort, QueryQuizAttemptsPort {

    private static final String ATTEMPT_COLUMNS = "SELECT id, quiz_id, course_id, lesson_id, student_id,"
            + " attempt_number, status, started_at, due_at, closed_at, points_earned, points_total, score_percent,"
            + " passed, reviewed_by, reviewed_at, extra_attempts, review_note FROM quiz_attempt";

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    protected QuizAttemptPersistenceAdapter() {
    }

    /** For tests outside the container. */
    public QuizAttemptPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<QuizAttempt> loadAttempt(QuizAttemptId id) {
        return em.createNativeQuery(ATTEMPT_COLUMNS + " WHERE id = ?1").setParameter(1, id.value())
                .getResultList().stream().findFirst().map(this::toDomain);
    }

    @Override
    public Optional<QuizAttempt> loadAttemptForUpdate(QuizAttemptId id) {
        return em.createNativeQuery(ATTEMPT_COLUMNS + " WHERE id = ?1 FOR UPDATE").setParameter(1, id.value())
                .getResultList().stream().findFirst().map(this::toDomain);
    }

    @Override
    public List<QuizAttempt> loadAttempts(QuizId quizId, UserId studentId) {
        List<?> rows = em.createNativeQuery(ATTEMPT_COLUMNS + " WHERE quiz_id = ?1 AND student_id = ?2"
                        + " ORDER BY attempt_number")
                .setParameter(1, quizId.value()).setParameter(2, studentId.value()).getResultList();
        return rows.stream().map(this::toDomain).toList();
    }

    @Override
    public boolean hasAttempts(QuizId quizId) {
        return !em.createNativeQuery("SELECT id FROM quiz_attempt WHERE quiz_id = ?1").setParameter(1, quizId.value())
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void lockAttempts(QuizId quizId, UserId studentId) {
        // ON CONFLICT DO NOTHING: a participant created concurrently must not abort the PostgreSQL transaction.
        em.createNativeQuery("INSERT INTO quiz_participant (quiz_id, student_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, quizId.value()).setParameter(2, studentId.value()).executeUpdate();
        em.createNativeQuery("SELECT quiz_id FROM quiz_participant WHERE quiz_id = ?1 AND student_id = ?2 FOR UPDATE")
                .setParameter(1, quizId.value()).setParameter(2, studentId.value()).getResultList();
    }

    @Override
    public void insertAttempt(QuizAttempt attempt) {
        try {
            em.createNativeQuery("INSERT INTO quiz_attempt (id, quiz_id, course_id, lesson_id, student_id,"
                            + " attempt_number, status, started_at, due_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CAST(?9 AS TIMESTAMP WITH TIME ZONE))")
                    .setParameter(1, attempt.id().value())
                    .setParameter(2, attempt.quizId().value())
                    .setParameter(3, attempt.courseId().value())
                    .setParameter(4, attempt.lessonId().value())
                    .setParameter(5, attempt.studentId().value())
                    .setParameter(6, attempt.number())
                    .setParameter(7, attempt.status().name())
                    .setParameter(8, attempt.startedAt().atOffset(ZoneOffset.UTC))
                    .setParameter(9, attempt.dueAt().map(due -> due.atOffset(ZoneOffset.UTC)).orElse(null))
                    .executeUpdate();
            List<QuestionId> order = attempt.questionOrder();
            for (int position = 0; position < order.size(); position++) {
                QuestionId question = order.get(position);
                em.createNativeQuery("INSERT INTO quiz_attempt_question (attempt_id, position, question_id, option_order)"
                                + " VALUES (?1, ?2, ?3, CAST(?4 AS VARCHAR(100)))")
                        .setParameter(1, attempt.id().value())
                        .setParameter(2, position)
                        .setParameter(3, question.value())
                        .setParameter(4, Optional.ofNullable(attempt.optionOrder().get(question))
                                .map(QuizAttemptPersistenceAdapter::joined).orElse(null))
                        .executeUpdate();
            }
        } catch (PersistenceException e) {
            if (SqlFailures.isForeignKeyViolation(e)) {
                throw new QuizChangedException(attempt.quizId());
            }
            throw e;
        }
    }

    @Override
    public void updateAttempt(QuizAttempt attempt) {
        for (Map.Entry<QuestionId, Answer> changed : attempt.changedAnswers().entrySet()) {
            // Replaced, not upserted: H2 has no ON CONFLICT DO UPDATE; the attempt's row lock keeps this race-free.
            em.createNativeQuery("DELETE FROM quiz_attempt_answer WHERE attempt_id = ?1 AND question_id = ?2")
                    .setParameter(1, attempt.id().value()).setParameter(2, changed.getKey().value()).executeUpdate();
            Answer answer = changed.getValue();
            String kind = answer instanceof Answer.Choice ? "CHOICE" : answer instanceof Answer.TrueFalse ? "TRUE_FALSE"
                    : "TEXT";
            em.createNativeQuery("INSERT INTO quiz_attempt_answer (attempt_id, question_id, kind, selected_options,"
                            + " bool_value, text_value, saved_at) VALUES (?1, ?2, ?3, CAST(?4 AS VARCHAR(100)),"
                            + " CAST(?5 AS BOOLEAN), CAST(?6 AS VARCHAR(2000)), ?7)")
                    .setParameter(1, attempt.id().value())
                    .setParameter(2, changed.getKey().value())
                    .setParameter(3, kind)
                    .setParameter(4, answer instanceof Answer.Choice choice
                            ? joined(choice.selected().stream().sorted().toList()) : null)
                    .setParameter(5, answer instanceof Answer.TrueFalse value ? String.valueOf(value.value()) : null)
                    .setParameter(6, answer instanceof Answer.ShortText text ? text.text() : null)
                    .setParameter(7, Instant.now().atOffset(ZoneOffset.UTC))
                    .executeUpdate();
        }
        attempt.grade().ifPresent(grade -> em.createNativeQuery("UPDATE quiz_attempt SET status = ?2, closed_at = ?3,"
                        + " points_earned = ?4, points_total = ?5, score_percent = ?6, passed = ?7 WHERE id = ?1")
                .setParameter(1, attempt.id().value())
                .setParameter(2, attempt.status().name())
                .setParameter(3, attempt.closedAt().orElseThrow().atOffset(ZoneOffset.UTC))
                .setParameter(4, grade.pointsEarned())
                .setParameter(5, grade.pointsTotal())
                .setParameter(6, grade.percent())
                .setParameter(7, grade.passed())
                .executeUpdate());
        // A review is written once: the attempt's row lock makes the guard race-free.
        attempt.review().ifPresent(review -> em.createNativeQuery("UPDATE quiz_attempt SET reviewed_by = ?2,"
                        + " reviewed_at = ?3, extra_attempts = ?4, review_note = CAST(?5 AS VARCHAR(8000))"
                        + " WHERE id = ?1 AND reviewed_at IS NULL")
                .setParameter(1, attempt.id().value())
                .setParameter(2, review.reviewerId().value())
                .setParameter(3, review.reviewedAt().atOffset(ZoneOffset.UTC))
                .setParameter(4, review.extraAttempts())
                .setParameter(5, review.note().orElse(null))
                .executeUpdate());
    }

    @Override
    public Page<QuizAttemptSummary> listAttempts(QuizId quizId, PageRequest page) {
        List<?> rows = em.createNativeQuery(ATTEMPT_COLUMNS + " WHERE quiz_id = ?1 ORDER BY started_at DESC, id")
                .setParameter(1, quizId.value()).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList();
        List<QuizAttemptSummary> items = rows.stream().map(row -> summary((Object[]) row)).toList();
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM quiz_attempt WHERE quiz_id = ?1")
                .setParameter(1, quizId.value()).getSingleResult()).longValue();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    public Page<QuizAttemptSummary> listAwaitingReview(CourseId courseId, PageRequest page) {
        List<?> rows = em.createNativeQuery(ATTEMPT_COLUMNS + " a WHERE a.id IN (SELECT attempt_id FROM"
                        + " report_quiz_attempts_awaiting_review WHERE course_id = ?1) ORDER BY a.closed_at, a.id")
                .setParameter(1, courseId.value()).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList();
        List<QuizAttemptSummary> items = rows.stream().map(row -> summary((Object[]) row)).toList();
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM report_quiz_attempts_awaiting_review"
                + " WHERE course_id = ?1").setParameter(1, courseId.value()).getSingleResult()).longValue();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    public List<QuizAttemptId> overdueAttempts(QuizId quizId, Instant dueBefore, int limit) {
        List<?> rows = em.createNativeQuery("SELECT id FROM quiz_attempt WHERE quiz_id = ?1 AND status = 'IN_PROGRESS'"
                        + " AND due_at < ?2 ORDER BY due_at, id")
                .setParameter(1, quizId.value()).setParameter(2, dueBefore.atOffset(ZoneOffset.UTC))
                .setMaxResults(limit).getResultList();
        return rows.stream().map(id -> new QuizAttemptId(uuid(id))).toList();
    }

    private static QuizAttemptSummary summary(Object[] c) {
        Optional<Grade> grade = grade(c);
        return new QuizAttemptSummary(uuid(c[0]), uuid(c[1]), uuid(c[4]), ((Number) c[5]).intValue(),
                AttemptStatus.valueOf((String) c[6]), instant(c[7]), Optional.ofNullable(c[8]).map(v -> instant(v)),
                Optional.ofNullable(c[9]).map(v -> instant(v)), grade.map(Grade::pointsEarned),
                grade.map(Grade::pointsTotal), grade.map(Grade::percent), grade.map(Grade::passed), review(c));
    }

    private static Optional<Grade> grade(Object[] c) {
        return Optional.ofNullable(c[13]).map(passed -> new Grade(((Number) c[10]).intValue(),
                ((Number) c[11]).intValue(), new BigDecimal(c[12].toString()).setScale(2), (Boolean) passed));
    }

    private static Optional<AttemptReview> review(Object[] c) {
        return Optional.ofNullable(c[15]).map(at -> new AttemptReview(new UserId(uuid(c[14])), instant(at),
                ((Number) c[16]).intValue(), Optional.ofNullable((String) c[17])));
    }

    private QuizAttempt toDomain(Object row) {
        Object[] c = (Object[]) row;
        QuizAttemptId id = new QuizAttemptId(uuid(c[0]));
        Map<QuestionId, List<Integer>> optionOrder = new LinkedHashMap<>();
        List<QuestionId> order = em.createNativeQuery("SELECT question_id, option_order FROM quiz_attempt_question"
                        + " WHERE attempt_id = ?1 ORDER BY position").setParameter(1, id.value())
                .getResultList().stream().map(question -> {
                    Object[] q = (Object[]) question;
                    QuestionId questionId = new QuestionId(uuid(q[0]));
                    if (q[1] != null) {
                        optionOrder.put(questionId, indexes((String) q[1]));
                    }
                    return questionId;
                }).toList();
        Map<QuestionId, Answer> answers = new LinkedHashMap<>();
        for (Object answerRow : em.createNativeQuery("SELECT question_id, kind, selected_options, bool_value,"
                + " text_value FROM quiz_attempt_answer WHERE attempt_id = ?1").setParameter(1, id.value())
                .getResultList()) {
            Object[] a = (Object[]) answerRow;
            Answer answer = switch ((String) a[1]) {
                case "CHOICE" -> new Answer.Choice(Set.copyOf(indexes((String) a[2])));
                case "TRUE_FALSE" -> new Answer.TrueFalse((Boolean) a[3]);
                default -> new Answer.ShortText((String) a[4]);
            };
            answers.put(new QuestionId(uuid(a[0])), answer);
        }
        return QuizAttempt.restore(id, new QuizId(uuid(c[1])), new CourseId(uuid(c[2])), new LessonId(uuid(c[3])),
                new UserId(uuid(c[4])), ((Number) c[5]).intValue(), instant(c[7]),
                Optional.ofNullable(c[8]).map(v -> instant(v)), order, optionOrder, answers,
                AttemptStatus.valueOf((String) c[6]), Optional.ofNullable(c[9]).map(v -> instant(v)), grade(c),
                review(c));
    }

    private static String joined(List<Integer> indexes) {
        return indexes.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> indexes(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(Integer::valueOf).toList();
    }
}
