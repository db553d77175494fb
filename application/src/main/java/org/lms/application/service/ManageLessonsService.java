package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.LessonView;
import org.lms.application.port.in.ManageLessonsUseCase;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.LoadFilePort;
import org.lms.application.port.out.LoadLessonsPort;
import org.lms.application.port.out.SaveLessonPort;
import org.lms.domain.course.Course;
import org.lms.domain.file.FilePurpose;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.lesson.LessonContent;
import org.lms.domain.lesson.LessonOrder;
import org.lms.domain.shared.InvalidValueException;

@UseCase
public class ManageLessonsService implements ManageLessonsUseCase {

    private ManagedCourses courses;
    private ManagedLessons lessons;
    private SaveLessonPort saveLessons;
    private LoadFilePort loadFiles;
    private Clock clock;

    protected ManageLessonsService() {
    }

    @Inject
    public ManageLessonsService(LoadCoursePort loadCourses, LoadLessonsPort loadLessons, SaveLessonPort saveLessons,
                                LoadFilePort loadFiles, Clock clock) {
        this.courses = new ManagedCourses(loadCourses);
        this.lessons = new ManagedLessons(loadLessons);
        this.saveLessons = saveLessons;
        this.loadFiles = loadFiles;
        this.clock = clock;
    }

    @Override
    public LessonView add(AddLessonCommand command) {
        Course course = courses.loadVisible(command.actor(), command.courseId());
        Lesson.ensureManageable(command.actor(), course);
        ensureMaterialOf(course, command.content());
        int last = lessons.all(course.id()).stream().mapToInt(Lesson::position).max().orElse(-1);
        Lesson lesson = Lesson.add(command.actor(), course, last + 1, command.title(), command.content(),
                command.completionRule(), command.required(), clock);
        return LessonView.of(saveLessons.insertLesson(lesson));
    }

    @Override
    public LessonView revise(ReviseLessonCommand command) {
        Course course = courses.loadVisible(command.actor(), command.courseId());
        Lesson lesson = lessons.load(course.id(), command.lessonId());
        ensureMaterialOf(course, command.content());
        lesson.revise(command.actor(), course, command.title(), command.content(), command.completionRule(),
                command.required(), clock);
        return LessonView.of(saveLessons.updateLessons(List.of(lesson)).get(0));
    }

    @Override
    public void delete(DeleteLessonCommand command) {
        Course course = courses.loadVisible(command.actor(), command.courseId());
        Lesson lesson = lessons.load(course.id(), command.lessonId());
        Lesson.ensureManageable(command.actor(), course);
        saveLessons.deleteLesson(lesson.id());
    }

    @Override
    public List<LessonView> reorder(ReorderLessonsCommand command) {
        Course course = courses.loadVisible(command.actor(), command.courseId());
        List<Lesson> reordered = LessonOrder.reorder(command.actor(), course, lessons.all(course.id()),
                command.orderedLessonIds());
        return saveLessons.updateLessons(reordered).stream().map(LessonView::of).toList();
    }

    /** A FILE lesson may only show course material uploaded to the same course. */
    private void ensureMaterialOf(Course course, LessonContent content) {
        if (content instanceof LessonContent.Material material) {
            boolean usable = loadFiles.loadFile(material.fileId())
                    .filter(file -> file.courseId().equals(course.id()))
                    .filter(file -> file.purpose() == FilePurpose.LESSON_MATERIAL)
                    .isPresent();
            if (!usable) {
                throw new InvalidValueException("fileId", "fileId must name material uploaded to this course");
            }
        }
    }
}
