package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.lms.application.common.UseCase;
import org.lms.application.job.JobQueueSettings;
import org.lms.application.port.in.GradeSubmissionUseCase;
import org.lms.application.port.in.SubmissionView;
import org.lms.application.port.out.EnqueueJobPort;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.LoadEnrollmentPort;
import org.lms.application.port.out.LoadLessonsPort;
import org.lms.application.port.out.LoadProgressPort;
import org.lms.application.port.out.LoadSubmissionPort;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.application.port.out.SaveProgressPort;
import org.lms.application.port.out.SaveSubmissionPort;
import org.lms.domain.assignment.AssignmentSubmission;
import org.lms.domain.assignment.Grade;
import org.lms.domain.assignment.SubmissionNotFoundException;
import org.lms.domain.course.Course;
import org.lms.domain.lesson.CompletionRule;
import org.lms.domain.lesson.Lesson;
import org.lms.domain.shared.DomainEvent;

/**
 * Grade the submission, store the grade, and when it passes a GRADED lesson complete that lesson
 * through the student's progress, the same way every completion goes. A student who is no longer
 * actively enrolled still gets the grade, but makes no progress.
 */
@UseCase
public class GradeSubmissionService implements GradeSubmissionUseCase {

    private LoadSubmissionPort loadSubmissions;
    private SaveSubmissionPort saveSubmissions;
    private LoadCoursePort loadCourses;
    private ManagedLessons lessons;
    private StudentProgress students;
    private SaveProgressPort saveProgress;
    private Clock clock;

    protected GradeSubmissionService() {
    }

    @Inject
    public GradeSubmissionService(LoadSubmissionPort loadSubmissions, SaveSubmissionPort saveSubmissions,
                                  LoadCoursePort loadCourses, LoadLessonsPort loadLessons,
                                  LoadEnrollmentPort loadEnrollments, LoadProgressPort loadProgress,
                                  SaveProgressPort saveProgress, PublishEventsPort events, EnqueueJobPort enqueue,
                                  JobQueueSettings jobSettings, Clock clock) {
        this.loadSubmissions = loadSubmissions;
        this.saveSubmissions = saveSubmissions;
        this.loadCourses = loadCourses;
        this.lessons = new ManagedLessons(loadLessons);
        this.students = new StudentProgress(loadEnrollments, loadProgress, enqueue, jobSettings, events, clock);
        this.saveProgress = saveProgress;
        this.clock = clock;
    }

    @Override
    public SubmissionView grade(GradeSubmissionCommand command) {
        command.actor().requireUser();
        AssignmentSubmission submission = loadSubmissions.loadSubmission(command.submissionId())
                .orElseThrow(() -> new SubmissionNotFoundException(command.submissionId()));
        Course course = loadCourses.loadCourse(submission.courseId())
                .orElseThrow(() -> new SubmissionNotFoundException(command.submissionId()));
        Lesson lesson = lessons.load(course.id(), submission.lessonId());
        Grade grade = submission.grade(command.actor(), course, lesson, command.score(), command.feedback(), clock);
        saveSubmissions.saveGrade(submission);
        List<DomainEvent> happened = new ArrayList<>(submission.pullEvents());
        if (grade.passed() && lesson.completionRule() == CompletionRule.GRADED) {
            // Already complete only if two hand-ins raced past the one-awaiting-at-a-time check: keep the grade.
            students.loadIfEnrolled(course.id(), submission.studentId())
                    .filter(progress -> !progress.hasCompleted(lesson.id())).ifPresent(progress -> {
                        progress.completeGraded(lesson, submission, lessons.all(course.id()), clock);
                        saveProgress.saveProgress(progress);
                        happened.addAll(progress.pullEvents());
                    });
        }
        students.announce(happened);
        return SubmissionView.of(submission);
    }
}
