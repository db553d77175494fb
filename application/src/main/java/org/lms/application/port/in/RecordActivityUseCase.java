package org.lms.application.port.in;

import org.lms.domain.identity.Actor;

/** Notes that a caller made an authenticated request, for the active-user gauges. Anonymous callers are ignored. */
public interface RecordActivityUseCase {

    void seen(Actor actor);
}
