package org.lms.adapter.in.rest.ratelimit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.lms.domain.ratelimit.EndpointClass;

/**
 * Limits the sign-in, registration, reset and verification endpoints per client address. Before
 * matching, so that guesses at paths that do not exist are counted too; it needs no identity.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 100)
public class AuthRateLimitFilter implements ContainerRequestFilter {

    // Field injection: RESTEasy instantiates providers through their public no-argument constructor.
    @Inject
    RateLimitGate gate;

    @Override
    public void filter(ContainerRequestContext request) {
        RequestClassifier.classify(request.getUriInfo().getPath(), request.getMethod())
                .filter(endpointClass -> endpointClass == EndpointClass.AUTH)
                .ifPresent(endpointClass -> gate.enforce(request, endpointClass, false));
    }
}
