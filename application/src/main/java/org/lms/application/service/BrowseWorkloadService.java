package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.BrowseWorkloadUseCase;
import org.lms.application.port.in.WorkloadView;
import org.lms.application.port.out.QueryWorkloadPort;
import org.lms.application.port.out.QueryWorkloadPort.Workload;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.AccessDeniedException;

/** The age of the oldest submission is measured now, so it grows between requests as it does for the instructor. */
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
        Duration oldest = workload.oldestSubmissionAt().map(at -> Duration.between(at, clock.instant()))
                .filter(age -> !age.isNegative()).orElse(Duration.ZERO);
        return new WorkloadView(instructorId.value(), workload.coursesTaught(), workload.activeStudents(),
                workload.submissionsAwaitingGrading(), oldest);
    }
}
