package org.lms.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.CourseView;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.application.port.out.QueryCoursesPort;
import org.lms.application.port.out.SaveCoursePort;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseCodeTakenException;
import org.lms.domain.course.CourseId;
import org.lms.domain.course.CourseStatus;
import org.lms.domain.course.StaleCourseVersionException;
import org.lms.domain.shared.DomainEvent;

/** In-memory outgoing ports with the same contract as the database adapter, for service tests. */
final class InMemoryCourses implements LoadCoursePort, SaveCoursePort, QueryCoursesPort, PublishEventsPort {

    private final Map<CourseId, Course> stored = new LinkedHashMap<>();
    final List<DomainEvent> published = new ArrayList<>();

    @Override
    public Optional<Course> loadCourse(CourseId id) {
        return Optional.ofNullable(stored.get(id)).map(InMemoryCourses::copy);
    }

    @Override
    public boolean isCodeTaken(CourseCode code) {
        return stored.values().stream().anyMatch(c -> c.code().equals(code));
    }

    @Override
    public Course insertCourse(Course course) {
        if (isCodeTaken(course.code())) {
            throw new CourseCodeTakenException(course.code());
        }
        stored.put(course.id(), copy(course));
        return copy(course);
    }

    @Override
    public Course updateCourse(Course course) {
        Course current = stored.get(course.id());
        if (current.version() != course.version()) {
            throw new StaleCourseVersionException(course.id());
        }
        Course next = Course.restore(course.id(), course.code(), course.instructorId(), course.title(),
                course.description(), course.status(), course.createdAt(), course.updatedAt(),
                course.publishedAt().orElse(null), course.version() + 1);
        stored.put(course.id(), next);
        return copy(next);
    }

    @Override
    public Page<CourseView> listCourses(Optional<CourseStatus> status, DraftScope drafts, PageRequest page) {
        List<Course> matching = stored.values().stream()
                .filter(c -> status.map(s -> s == c.status()).orElse(true))
                .filter(c -> c.status() == CourseStatus.PUBLISHED
                        || drafts instanceof DraftScope.All
                        || drafts instanceof DraftScope.OwnedBy owned && owned.instructor().equals(c.instructorId()))
                .sorted(Comparator.comparing(Course::createdAt).reversed())
                .toList();
        List<CourseView> slice = matching.stream().skip(page.offset()).limit(page.limit()).map(CourseView::of).toList();
        return new Page<>(slice, matching.size(), page.offset(), page.limit());
    }

    @Override
    public void publish(List<DomainEvent> events) {
        published.addAll(events);
    }

    private static Course copy(Course c) {
        return Course.restore(c.id(), c.code(), c.instructorId(), c.title(), c.description(), c.status(),
                c.createdAt(), c.updatedAt(), c.publishedAt().orElse(null), c.version());
    }
}
