package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.AuthorQuizUseCase;
import org.lms.application.port.in.QuizView;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.LoadLessonsPort;
import org.lms.application.port.out.LoadQuizAttemptsPort;
import org.lms.application.port.out.LoadQuizPort;
import org.lms.application.port.out.SaveQuizPort;
import org.lms.domain.course.Course;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.quiz.Quiz;

/** Creates the quiz of a QUIZ lesson or replaces it while no attempt exists (checked under the quiz's lock). */
@UseCase
public class AuthorQuizService implements AuthorQuizUseCase {

    private ManagedCourses courses;
    private ManagedLessons lessons;
    private LoadQuizPort loadQuizzes;
    private SaveQuizPort saveQuizzes;
    private LoadQuizAttemptsPort loadAttempts;
    private Clock clock;

    protected AuthorQuizService() {
    }

    @Inject
    public AuthorQuizService(LoadCoursePort loadCourses, LoadLessonsPort loadLessons, LoadQuizPort loadQuizzes,
                             SaveQuizPort saveQuizzes, LoadQuizAttemptsPort loadAttempts, Clock clock) {
        this.courses = new ManagedCourses(loadCourses);
        this.lessons = new ManagedLessons(loadLessons);
        this.loadQuizzes = loadQuizzes;
        this.saveQuizzes = saveQuizzes;
        this.loadAttempts = loadAttempts;
        this.clock = clock;
    }

    @Override
    public AuthoredQuiz author(AuthorQuizCommand command) {
        Course course = courses.loadVisible(command.actor(), command.courseId());
        Lesson.ensureManageable(command.actor(), course);
        Lesson lesson = lessons.load(course.id(), command.lessonId());
        Optional<Quiz> existing = loadQuizzes.loadQuizOfLesson(lesson.id());
        if (existing.isPresent()) {
            Quiz quiz = existing.get();
            saveQuizzes.lockQuizForChange(quiz.id());
            quiz.replace(command.actor(), course, command.settings(), command.questions(),
                    loadAttempts.hasAttempts(quiz.id()), clock);
            saveQuizzes.replaceQuiz(quiz);
            return new AuthoredQuiz(QuizView.forStaff(quiz), false);
        }
        Quiz quiz = Quiz.author(command.actor(), course, lesson, command.settings(), command.questions(), clock);
        saveQuizzes.insertQuiz(quiz);
        return new AuthoredQuiz(QuizView.forStaff(quiz), true);
    }
}
