package org.lms.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.application.job.EngagementRecomputeHandler;
import org.lms.application.port.in.WorkloadView;
import org.lms.application.port.out.QueryWorkloadPort.Workload;
import org.lms.application.port.out.RecomputeEngagementPort;
import org.lms.application.port.out.RecomputeEngagementPort.RecentActivity;
import org.lms.domain.course.CourseId;
import org.lms.domain.engagement.EngagementScore;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.AuthenticationRequiredException;

class EngagementAndWorkloadServicesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-07-01T12:00:00Z"));

    private static Actor.User user(Role role) {
        return new Actor.User(new UserId(UUID.randomUUID()), Set.of(role));
    }

    /** Answers the activity it was given, filtered by {@code since} like the query, and keeps what was stored. */
    private static final class InMemoryActivity implements RecomputeEngagementPort {

        final List<RecentActivity> enrollments = new ArrayList<>();
        final Map<RecentActivity, EngagementScore> stored = new HashMap<>();
        Instant askedSince;

        @Override
        public List<RecentActivity> recentActivity(Instant since) {
            askedSince = since;
            return enrollments.stream().map(a -> new RecentActivity(a.courseId(), a.studentId(),
                    a.completions().stream().filter(at -> !at.isBefore(since)).toList(),
                    a.quizAttempts().stream().filter(at -> !at.isBefore(since)).toList())).toList();
        }

        @Override
        public void replaceScores(Map<RecentActivity, EngagementScore> scores, Instant at) {
            stored.clear();
            stored.putAll(scores);
        }
    }

    @Test
    void recomputationScoresEveryActiveEnrollmentFromTheLastThirtyDays() {
        InMemoryActivity activity = new InMemoryActivity();
        CourseId course = new CourseId(UUID.randomUUID());
        activity.enrollments.add(new RecentActivity(course, new UserId(UUID.randomUUID()), List.of(clock.instant()),
                List.of()));
        activity.enrollments.add(new RecentActivity(course, new UserId(UUID.randomUUID()),
                List.of(clock.instant().minus(Duration.ofDays(90))), List.of(clock.instant().minus(Duration.ofDays(60)))));
        activity.enrollments.add(new RecentActivity(course, new UserId(UUID.randomUUID()), List.of(),
                List.of(clock.instant(), clock.instant())));

        new EngagementRecomputeHandler(activity, clock).handle("{}");
        new EngagementRecomputeHandler(activity, clock).handle("{}");

        assertThat(activity.askedSince).isEqualTo(clock.instant().minus(Duration.ofDays(30)));
        assertThat(activity.stored.values()).extracting(EngagementScore::value).containsExactlyInAnyOrder(21.01, 0.0, 21.01);
    }

    @Test
    void anInstructorSeesTheirOwnWorkloadAndAdminsEveryones() {
        Actor.User instructor = user(Role.INSTRUCTOR);
        Instant oldest = clock.instant().minus(Duration.ofHours(5));
        BrowseWorkloadService workload = new BrowseWorkloadService(
                id -> new Workload(2, 7, 3, Optional.of(oldest), 4, Optional.of(oldest.plus(Duration.ofHours(1)))), clock);

        WorkloadView own = workload.find(instructor, instructor.id());
        assertThat(own).isEqualTo(new WorkloadView(instructor.id().value(), 2, 7, 3, Duration.ofHours(5), 4,
                Duration.ofHours(4)));
        assertThat(workload.find(user(Role.ADMIN), instructor.id()).coursesTaught()).isEqualTo(2);
        assertThatThrownBy(() -> workload.find(user(Role.INSTRUCTOR), instructor.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workload.find(Actor.anonymous(), instructor.id()))
                .isInstanceOf(AuthenticationRequiredException.class);
        WorkloadView idle = new BrowseWorkloadService(id -> new Workload(0, 0, 0, Optional.empty(), 0, Optional.empty()),
                clock).find(instructor, instructor.id());
        assertThat(idle.oldestSubmissionAge()).isZero();
        assertThat(idle.oldestQuizAttemptAge()).isZero();
    }

    @Test
    void activityIsWrittenAtMostOncePerMinutePerUser() {
        List<UserId> written = new ArrayList<>();
        RecordActivityService activity = new RecordActivityService(
                new UserActivityWriter((id, roles, at) -> written.add(id)), clock);
        Actor.User student = user(Role.STUDENT);
        Actor.User admin = user(Role.ADMIN);

        activity.seen(student);
        activity.seen(student);
        activity.seen(admin);
        activity.seen(Actor.anonymous());
        clock.advance(Duration.ofSeconds(59));
        activity.seen(student);
        assertThat(written).containsExactly(student.id(), admin.id());

        clock.advance(Duration.ofSeconds(1));
        activity.seen(student);
        assertThat(written).containsExactly(student.id(), admin.id(), student.id());
    }
}
