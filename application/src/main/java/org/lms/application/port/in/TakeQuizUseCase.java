package org.lms.application.port.in;

import java.util.Objects;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.quiz.Answer;
import org.lms.domain.quiz.QuestionId;
import org.lms.domain.quiz.QuizAttemptId;

/**
 * An actively enrolled student takes a quiz: starts an attempt (within the quiz's maximum, also
 * under concurrent starts), saves answers while it is open, submits it once. The server grades it;
 * the first passing attempt completes the quiz lesson.
 */
public interface TakeQuizUseCase {

    QuizAttemptView start(StartAttemptCommand command);

    QuizAttemptView answer(AnswerQuestionCommand command);

    QuizAttemptView submit(SubmitAttemptCommand command);

    record StartAttemptCommand(Actor actor, CourseId courseId, LessonId lessonId) {

        public StartAttemptCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(lessonId, "lessonId");
        }
    }

    record AnswerQuestionCommand(Actor actor, QuizAttemptId attemptId, QuestionId questionId, Answer answer) {

        public AnswerQuestionCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(attemptId, "attemptId");
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(answer, "answer");
        }
    }

    record SubmitAttemptCommand(Actor actor, QuizAttemptId attemptId) {

        public SubmitAttemptCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(attemptId, "attemptId");
        }
    }
}
