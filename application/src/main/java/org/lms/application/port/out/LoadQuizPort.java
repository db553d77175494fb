package org.lms.application.port.out;

import java.util.Optional;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.quiz.Quiz;
import org.lms.domain.quiz.QuizId;

/** Reads quiz aggregates with their questions. */
public interface LoadQuizPort {

    Optional<Quiz> loadQuizOfLesson(LessonId lessonId);

    Optional<Quiz> loadQuiz(QuizId quizId);
}
