package org.lms.application.port.in;

import org.lms.domain.identity.Actor;
import org.lms.domain.identity.UserId;

/** An instructor's workload, for that instructor and admins. */
public interface BrowseWorkloadUseCase {

    WorkloadView find(Actor actor, UserId instructorId);
}
