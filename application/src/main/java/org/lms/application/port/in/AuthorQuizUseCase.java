package org.lms.application.port.in;

import java.util.List;
import java.util.Objects;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.quiz.Question;
import org.lms.domain.quiz.QuizSettings;

/**
 * The course's instructor or an admin creates the quiz of a QUIZ lesson, or replaces it as a whole
 * (settings and questions) as long as no student has started an attempt.
 */
public interface AuthorQuizUseCase {

    AuthoredQuiz author(AuthorQuizCommand command);

    record AuthorQuizCommand(Actor actor, CourseId courseId, LessonId lessonId, QuizSettings settings,
                             List<Question> questions) {

        public AuthorQuizCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(lessonId, "lessonId");
            Objects.requireNonNull(settings, "settings");
            questions = List.copyOf(questions);
        }
    }

    /** The quiz as its staff see it, and whether this call created it. */
    record AuthoredQuiz(QuizView quiz, boolean created) {
    }
}
