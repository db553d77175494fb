package org.lms.application.service;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.EnrollmentView;
import org.lms.application.port.out.LoadEnrollmentPort;
import org.lms.application.port.out.QueryEnrollmentsPort;
import org.lms.application.port.out.SaveEnrollmentPort;
import org.lms.domain.course.CourseId;
import org.lms.domain.enrollment.Enrollment;
import org.lms.domain.enrollment.StaleEnrollmentVersionException;
import org.lms.domain.identity.UserId;

/** In-memory enrollment ports with the same contract as the database adapter, for service tests. */
final class InMemoryEnrollments implements LoadEnrollmentPort, SaveEnrollmentPort, QueryEnrollmentsPort {

    private record Key(CourseId course, UserId student) {
    }

    private final Map<Key, Enrollment> stored = new LinkedHashMap<>();

    int size() {
        return stored.size();
    }

    @Override
    public Optional<Enrollment> loadEnrollment(CourseId courseId, UserId studentId) {
        return Optional.ofNullable(stored.get(new Key(courseId, studentId))).map(e -> copy(e, e.version()));
    }

    @Override
    public Enrollment insertEnrollment(Enrollment enrollment) {
        Enrollment winner = stored.computeIfAbsent(new Key(enrollment.courseId(), enrollment.studentId()),
                key -> copy(enrollment, 0));
        return copy(winner, winner.version());
    }

    @Override
    public Enrollment updateEnrollment(Enrollment enrollment) {
        Key key = new Key(enrollment.courseId(), enrollment.studentId());
        if (stored.get(key).version() != enrollment.version()) {
            throw new StaleEnrollmentVersionException(enrollment.id());
        }
        Enrollment next = copy(enrollment, enrollment.version() + 1);
        stored.put(key, next);
        return copy(next, next.version());
    }

    @Override
    public Page<EnrollmentView> listEnrollmentsOfCourse(CourseId courseId, PageRequest page) {
        return list(e -> e.courseId().equals(courseId), page);
    }

    @Override
    public Page<EnrollmentView> listEnrollmentsOfStudent(UserId studentId, PageRequest page) {
        return list(e -> e.studentId().equals(studentId), page);
    }

    private Page<EnrollmentView> list(Predicate<Enrollment> filter, PageRequest page) {
        List<Enrollment> matching = stored.values().stream().filter(filter)
                .sorted(Comparator.comparing(Enrollment::enrolledAt).reversed()).toList();
        List<EnrollmentView> slice = matching.stream().skip(page.offset()).limit(page.limit())
                .map(EnrollmentView::of).toList();
        return new Page<>(slice, matching.size(), page.offset(), page.limit());
    }

    private static Enrollment copy(Enrollment e, long version) {
        return Enrollment.restore(e.id(), e.courseId(), e.studentId(), e.status(), e.enrolledAt(),
                e.droppedAt().orElse(null), version);
    }
}
