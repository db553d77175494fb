package org.lms.application.port.out;

import java.time.Instant;
import java.util.Set;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;

/** Remembers when a user was last seen, with the roles they had then. */
public interface SaveUserActivityPort {

    void recordSeen(UserId userId, Set<Role> roles, Instant at);
}
