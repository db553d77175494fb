package org.lms.adapter.in.rest.caller;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;

/** The standard view of the token's user, for any code that asks Jakarta REST rather than {@link CurrentCaller}. */
record TokenSecurityContext(Actor actor, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return actor instanceof Actor.User user ? () -> user.id().toString() : null;
    }

    @Override
    public boolean isUserInRole(String role) {
        try {
            return actor.hasRole(Role.valueOf(role));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
