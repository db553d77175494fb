package org.lms.adapter.out.persistence.quiz;

import static org.lms.adapter.out.persistence.NativeValues.instant;
import static org.lms.adapter.out.persistence.NativeValues.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lms.application.port.out.LoadQuizPort;
import org.lms.application.port.out.SaveQuizPort;
import org.lms.domain.course.CourseId;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.quiz.AnswerKey;
import org.lms.domain.quiz.Question;
import org.lms.domain.quiz.QuestionId;
import org.lms.domain.quiz.QuestionType;
import org.lms.domain.quiz.Quiz;
import org.lms.domain.quiz.QuizId;
import org.lms.domain.quiz.QuizSettings;
import org.lms.domain.quiz.ScoringPolicy;

/**
 * Quizzes in {@code quiz}, {@code quiz_question} and the option and accepted-answer tables. A
 * replacement rewrites the questions as a whole (they get new ids); nullable values are written
 * through CASTs so that PostgreSQL knows their types.
 */
@ApplicationScoped
public class QuizPersistenceAdapter implements LoadQuizPort, SaveQuizPort {

    private static final String QUIZ_COLUMNS = "SELECT id, course_id, lesson_id, pass_mark_percent, time_limit_seconds,"
            + " max_attempts, scoring_policy, shuffle, reveal_answers, created_at, updated_at FROM quiz";

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    protected QuizPersistenceAdapter() {
    }

    /** For tests outside the container. */
    public QuizPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Quiz> loadQuizOfLesson(LessonId lessonId) {
        return load(QUIZ_COLUMNS + " WHERE lesson_id = ?1", lessonId.value());
    }

    @Override
    public Optional<Quiz> loadQuiz(QuizId quizId) {
        return load(QUIZ_COLUMNS + " WHERE id = ?1", quizId.value());
    }

    private Optional<Quiz> load(String sql, UUID key) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] c = (Object[]) rows.get(0);
        QuizSettings settings = new QuizSettings(((Number) c[3]).intValue(),
                Optional.ofNullable(c[4]).map(seconds -> Duration.ofSeconds(((Number) seconds).longValue())),
                Optional.ofNullable(c[5]).map(max -> ((Number) max).intValue()), ScoringPolicy.valueOf((String) c[6]),
                (Boolean) c[7], (Boolean) c[8]);
        QuizId id = new QuizId(uuid(c[0]));
        return Optional.of(Quiz.restore(id, new CourseId(uuid(c[1])), new LessonId(uuid(c[2])), settings,
                questions(id), instant(c[9]), instant(c[10])));
    }

    private List<Question> questions(QuizId quizId) {
        Map<UUID, List<String>> options = new HashMap<>();
        Map<UUID, Set<Integer>> correct = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT o.question_id, o.text, o.correct, o.position"
                + " FROM quiz_question_option o JOIN quiz_question q ON q.id = o.question_id"
                + " WHERE q.quiz_id = ?1 ORDER BY o.question_id, o.position").setParameter(1, quizId.value())
                .getResultList()) {
            Object[] c = (Object[]) row;
            options.computeIfAbsent(uuid(c[0]), id -> new ArrayList<>()).add((String) c[1]);
            if ((Boolean) c[2]) {
                correct.computeIfAbsent(uuid(c[0]), id -> new HashSet<>()).add(((Number) c[3]).intValue());
            }
        }
        Map<UUID, List<String>> accepted = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT a.question_id, a.text"
                + " FROM quiz_question_accepted_answer a JOIN quiz_question q ON q.id = a.question_id"
                + " WHERE q.quiz_id = ?1 ORDER BY a.question_id, a.position").setParameter(1, quizId.value())
                .getResultList()) {
            Object[] c = (Object[]) row;
            accepted.computeIfAbsent(uuid(c[0]), id -> new ArrayList<>()).add((String) c[1]);
        }
        List<Question> questions = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, type, prompt, points, correct_value, exact_match"
                + " FROM quiz_question WHERE quiz_id = ?1 ORDER BY position").setParameter(1, quizId.value())
                .getResultList()) {
            Object[] c = (Object[]) row;
            UUID id = uuid(c[0]);
            AnswerKey key = new AnswerKey(correct.getOrDefault(id, Set.of()), (Boolean) c[4],
                    accepted.getOrDefault(id, List.of()), (Boolean) c[5]);
            questions.add(new Question(new QuestionId(id), QuestionType.valueOf((String) c[1]), (String) c[2],
                    options.getOrDefault(id, List.of()), key, ((Number) c[3]).intValue()));
        }
        return questions;
    }

    @Override
    public void insertQuiz(Quiz quiz) {
        QuizSettings s = quiz.settings();
        em.createNativeQuery("INSERT INTO quiz (id, course_id, lesson_id, pass_mark_percent, time_limit_seconds,"
                        + " max_attempts, scoring_policy, shuffle, reveal_answers, created_at, updated_at)"
                        + " VALUES (?1, ?2, ?3, ?4, CAST(?5 AS INTEGER), CAST(?6 AS INTEGER), ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, quiz.id().value())
                .setParameter(2, quiz.courseId().value())
                .setParameter(3, quiz.lessonId().value())
                .setParameter(4, s.passMarkPercent())
                .setParameter(5, s.timeLimit().map(Duration::toSeconds).map(String::valueOf).orElse(null))
                .setParameter(6, s.maxAttempts().map(String::valueOf).orElse(null))
                .setParameter(7, s.scoringPolicy().name())
                .setParameter(8, s.shuffle())
                .setParameter(9, s.revealAnswers())
                .setParameter(10, quiz.createdAt().atOffset(ZoneOffset.UTC))
                .setParameter(11, quiz.updatedAt().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        insertQuestions(quiz);
    }

    @Override
    public void lockQuizForChange(QuizId quizId) {
        em.createNativeQuery("SELECT id FROM quiz WHERE id = ?1 FOR UPDATE").setParameter(1, quizId.value())
                .getResultList();
    }

    @Override
    public void replaceQuiz(Quiz quiz) {
        QuizSettings s = quiz.settings();
        em.createNativeQuery("UPDATE quiz SET pass_mark_percent = ?2, time_limit_seconds = CAST(?3 AS INTEGER),"
                        + " max_attempts = CAST(?4 AS INTEGER), scoring_policy = ?5, shuffle = ?6, reveal_answers = ?7,"
                        + " updated_at = ?8 WHERE id = ?1")
                .setParameter(1, quiz.id().value())
                .setParameter(2, s.passMarkPercent())
                .setParameter(3, s.timeLimit().map(Duration::toSeconds).map(String::valueOf).orElse(null))
                .setParameter(4, s.maxAttempts().map(String::valueOf).orElse(null))
                .setParameter(5, s.scoringPolicy().name())
                .setParameter(6, s.shuffle())
                .setParameter(7, s.revealAnswers())
                .setParameter(8, quiz.updatedAt().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        em.createNativeQuery("DELETE FROM quiz_question WHERE quiz_id = ?1").setParameter(1, quiz.id().value())
                .executeUpdate();
        insertQuestions(quiz);
    }

    private void insertQuestions(Quiz quiz) {
        List<Question> questions = quiz.questions();
        for (int position = 0; position < questions.size(); position++) {
            Question question = questions.get(position);
            AnswerKey key = question.key();
            em.createNativeQuery("INSERT INTO quiz_question (id, quiz_id, position, type, prompt, points,"
                            + " correct_value, exact_match) VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS BOOLEAN), ?8)")
                    .setParameter(1, question.id().value())
                    .setParameter(2, quiz.id().value())
                    .setParameter(3, position)
                    .setParameter(4, question.type().name())
                    .setParameter(5, question.prompt())
                    .setParameter(6, question.points())
                    .setParameter(7, key.correctValue() == null ? null : key.correctValue().toString())
                    .setParameter(8, key.exactMatch())
                    .executeUpdate();
            for (int option = 0; option < question.options().size(); option++) {
                em.createNativeQuery("INSERT INTO quiz_question_option (question_id, position, text, correct)"
                                + " VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, question.id().value())
                        .setParameter(2, option)
                        .setParameter(3, question.options().get(option))
                        .setParameter(4, key.correctOptions().contains(option))
                        .executeUpdate();
            }
            for (int accepted = 0; accepted < key.acceptedAnswers().size(); accepted++) {
                em.createNativeQuery("INSERT INTO quiz_question_accepted_answer (question_id, position, text)"
                                + " VALUES (?1, ?2, ?3)")
                        .setParameter(1, question.id().value())
                        .setParameter(2, accepted)
                        .setParameter(3, key.acceptedAnswers().get(accepted))
                        .executeUpdate();
            }
        }
    }
}
