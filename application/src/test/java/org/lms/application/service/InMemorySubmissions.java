package org.lms.application.service;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.SubmissionView;
import org.lms.application.port.out.LoadSubmissionPort;
import org.lms.application.port.out.QuerySubmissionsPort;
import org.lms.application.port.out.SaveSubmissionPort;
import org.lms.domain.assignment.AssignmentSubmission;
import org.lms.domain.assignment.SubmissionAlreadyGradedException;
import org.lms.domain.assignment.SubmissionId;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;
import org.lms.domain.lesson.LessonId;

/** In-memory submissions with the adapter's contract: a grade is stored once, at the loaded version. */
final class InMemorySubmissions implements LoadSubmissionPort, SaveSubmissionPort, QuerySubmissionsPort {

    private final Map<SubmissionId, AssignmentSubmission> stored = new LinkedHashMap<>();

    @Override
    public Optional<AssignmentSubmission> loadSubmission(SubmissionId id) {
        return Optional.ofNullable(stored.get(id)).map(InMemorySubmissions::copy);
    }

    @Override
    public Optional<AssignmentSubmission> loadLatestSubmission(LessonId lessonId, UserId studentId) {
        return stored.values().stream().filter(s -> s.lessonId().equals(lessonId) && s.studentId().equals(studentId))
                .max(Comparator.comparing(AssignmentSubmission::submittedAt)).map(InMemorySubmissions::copy);
    }

    @Override
    public void insertSubmission(AssignmentSubmission submission) {
        stored.put(submission.id(), copy(submission));
    }

    @Override
    public void saveGrade(AssignmentSubmission submission) {
        AssignmentSubmission current = stored.get(submission.id());
        if (current.version() != submission.version() || !current.awaitsGrading()) {
            throw new SubmissionAlreadyGradedException(submission.id());
        }
        stored.put(submission.id(), AssignmentSubmission.restore(submission.id(), submission.courseId(),
                submission.lessonId(), submission.studentId(), submission.fileId(), submission.submittedAt(),
                submission.grade(), submission.version() + 1));
    }

    @Override
    public Page<SubmissionView> listSubmissionsOfCourse(CourseId courseId, boolean graded, PageRequest page) {
        return page(stored.values().stream().filter(s -> s.courseId().equals(courseId) && s.awaitsGrading() != graded)
                .sorted(Comparator.comparing(AssignmentSubmission::submittedAt)).toList(), page);
    }

    @Override
    public Page<SubmissionView> listSubmissionsOfStudent(UserId studentId, Optional<CourseId> courseId,
                                                         PageRequest page) {
        return page(stored.values().stream().filter(s -> s.studentId().equals(studentId))
                .filter(s -> courseId.map(s.courseId()::equals).orElse(true))
                .sorted(Comparator.comparing(AssignmentSubmission::submittedAt).reversed()).toList(), page);
    }

    private static Page<SubmissionView> page(List<AssignmentSubmission> all, PageRequest page) {
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).map(SubmissionView::of).toList(),
                all.size(), page.offset(), page.limit());
    }

    private static AssignmentSubmission copy(AssignmentSubmission s) {
        return AssignmentSubmission.restore(s.id(), s.courseId(), s.lessonId(), s.studentId(), s.fileId(),
                s.submittedAt(), s.grade(), s.version());
    }
}
