package org.lms.adapter.in.rest.caller;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;

/**
 * DEVELOPMENT ONLY. Takes the caller's identity from the {@code X-Dev-User-Id} and
 * {@code X-Dev-Roles} headers, with no proof at all, until real authentication exists.
 *
 * <p>Off unless {@code LMS_DEV_IDENTITY_ENABLED=true}; when off the headers are ignored and every
 * caller is anonymous, so writes answer 401. Never enable it on a reachable server.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class DevelopmentIdentityFilter implements ContainerRequestFilter {

    public static final String USER_HEADER = "X-Dev-User-Id";
    public static final String ROLES_HEADER = "X-Dev-Roles";

    @Inject
    CurrentCaller caller;

    @Inject
    @ConfigProperty(name = "lms.dev-identity.enabled", defaultValue = "false")
    boolean enabled;

    @Override
    public void filter(ContainerRequestContext request) {
        String user = request.getHeaderString(USER_HEADER);
        if (!enabled || user == null) {
            return;
        }
        caller.authenticate(Actor.user(new UserId(parseUuid(user)), parseRoles(request.getHeaderString(ROLES_HEADER))));
    }

    private static UUID parseUuid(String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new NotAuthorizedException("X-Dev-User-Id must be a UUID", "Dev");
        }
    }

    private static Set<Role> parseRoles(String value) {
        if (value == null || value.isBlank()) {
            return EnumSet.of(Role.STUDENT);
        }
        try {
            return Arrays.stream(value.split(",")).map(String::trim).map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        } catch (IllegalArgumentException e) {
            throw new NotAuthorizedException("X-Dev-Roles must list STUDENT, INSTRUCTOR or ADMIN", "Dev");
        }
    }
}
