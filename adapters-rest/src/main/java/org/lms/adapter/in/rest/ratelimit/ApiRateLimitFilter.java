package org.lms.adapter.in.rest.ratelimit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.lms.domain.ratelimit.EndpointClass;

/**
 * Limits the rest of the API per signed-in user (per client address for anonymous callers).
 * Runs after the identity filter, whichever mechanism establishes the caller.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 100)
public class ApiRateLimitFilter implements ContainerRequestFilter {

    // Field injection: RESTEasy instantiates providers through their public no-argument constructor.
    @Inject
    RateLimitGate gate;

    @Override
    public void filter(ContainerRequestContext request) {
        RequestClassifier.classify(request.getUriInfo().getPath(), request.getMethod())
                .filter(endpointClass -> endpointClass != EndpointClass.AUTH)
                .ifPresent(endpointClass -> gate.enforce(request, endpointClass, true));
    }
}
