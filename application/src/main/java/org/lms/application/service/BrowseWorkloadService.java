package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.BrowseWorkloadUseCase;
import org.lms.application.port.in.WorkloadView;
import org.lms.application.port.out.QueryWorkloadPort;
import org.lms.application.port.out.QueryWorkloadPort.Workload;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.AccessDeniedException;

/** Ages are measured now, so they grow between requests as they do for the instructor. */
@UseCase
public class BrowseWorkloadService implements BrowseWorkloadUseCase {

    private QueryWorkloadPort queryWorkload;
    private Clock clock;

    protected BrowseWorkloadService() {
    }

    @Inject
    public BrowseWorkloadService(QueryWorkloadPort queryWorkload, Clock clock) {
        this.queryWorkload = queryWorkload;
        this.clock = clock;
    }

    @Override
    public WorkloadView find(Actor actor, UserId instructorId) {
        Actor.User user = actor.requireUser();
        if (!user.id().equals(instructorId) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only the instructor and admins see an instructor's workload");
        }
        Workload workload = queryWorkload.findWorkload(instructorId);
        return new WorkloadView(instructorId.value(), workload.coursesTaught(), workload.activeStudents(),
                workload.submissionsAwaitingGrading(), ageOf(workload.oldestSubmissionAt()),
                workload.quizAttemptsToReview(), ageOf(workload.oldestQuizAttemptAt()));
    }

    private Duration ageOf(Optional<Instant> since) {
        return since.map(at -> Duration.between(at, clock.instant())).filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }
}
