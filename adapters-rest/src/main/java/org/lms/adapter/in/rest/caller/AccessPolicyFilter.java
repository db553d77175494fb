package org.lms.adapter.in.rest.caller;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.jboss.logging.Logger;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;

/**
 * Enforces the access annotations of the matched resource method (or, failing that, its class):
 * {@code @PermitAll}, {@code @RolesAllowed} with role names of {@link Role}, {@code @DenyAll}. A
 * method with none of them is refused, so a forgotten annotation fails closed. Anonymous callers
 * get 401, known callers without the role 403. Ownership (my course, my account) is checked
 * afterwards by the domain.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessPolicyFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AccessPolicyFilter.class);
    private static final List<Class<? extends Annotation>> RULES = List.of(DenyAll.class, RolesAllowed.class,
            PermitAll.class);

    @Context
    ResourceInfo resource;

    @Inject
    CurrentCaller caller;


    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Annotation rule = effectiveRule(method);
        if (rule instanceof PermitAll) {
            return;
        }
        if (!(rule instanceof RolesAllowed roles)) {
            if (rule == null) {
                LOG.warnf("%s.%s declares no access rule; refused", method.getDeclaringClass().getSimpleName(),
                        method.getName());
            }
            throw new ForbiddenException("This operation is not open to anyone");
        }
        Actor actor = caller.actor();
        if (actor instanceof Actor.Anonymous) {
            throw new NotAuthorizedException("This action requires an authenticated caller", BearerTokenFilter.CHALLENGE);
        }
        if (Arrays.stream(roles.value()).noneMatch(role -> actor.hasRole(Role.valueOf(role)))) {
            throw new ForbiddenException("This action needs one of the roles " + String.join(", ", roles.value()));
        }
    }

    /** The method's own rule, else its class's (as in Jakarta Security); null when neither has one. */
    private Annotation effectiveRule(Method method) {
        for (AnnotatedElement where : List.of(method, resource.getResourceClass())) {
            for (Class<? extends Annotation> kind : RULES) {
                Annotation rule = where.getAnnotation(kind);
                if (rule != null) {
                    return rule;
                }
            }
        }
        return null;
    }
}
