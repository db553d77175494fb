package org.lms.application.service;

import jakarta.inject.Inject;
import java.util.List;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.BrowseLessonsUseCase;
import org.lms.application.port.in.LessonView;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.LoadLessonsPort;
import org.lms.domain.course.Course;

/** Lessons are visible exactly when their course is. */
@UseCase
public class BrowseLessonsService implements BrowseLessonsUseCase {

    private ManagedCourses courses;
    private ManagedLessons lessons;

    protected BrowseLessonsService() {
    }

    @Inject
    public BrowseLessonsService(LoadCoursePort loadCourses, LoadLessonsPort loadLessons) {
        this.courses = new ManagedCourses(loadCourses);
        this.lessons = new ManagedLessons(loadLessons);
    }

    @Override
    public List<LessonView> list(CourseLessonsQuery query) {
        Course course = courses.loadVisible(query.actor(), query.courseId());
        return lessons.all(course.id()).stream().map(LessonView::of).toList();
    }

    @Override
    public LessonView find(LessonQuery query) {
        Course course = courses.loadVisible(query.actor(), query.courseId());
        return LessonView.of(lessons.load(course.id(), query.lessonId()));
    }
}
