package org.lms.application.service;

import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.shared.AccessDeniedException;

/** The check of operations reserved to admins: anonymous callers get 401, other users 403. */
final class Admins {

    private Admins() {
    }

    static void require(Actor actor, String what) {
        if (!actor.requireUser().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only admins may " + what);
        }
    }
}
