package org.lms.adapter.in.rest.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.adapter.in.rest.problem.Problems;
import org.lms.application.common.RequestOriginHolder;
import org.lms.application.port.in.CheckRateLimitUseCase;
import org.lms.application.port.in.CheckSignInRateLimitUseCase;
import org.lms.domain.identity.Actor;
import org.lms.domain.ratelimit.Decision;
import org.lms.domain.ratelimit.EndpointClass;
import org.lms.domain.ratelimit.LimitKey;
import org.lms.domain.ratelimit.LimitPolicy;
import org.lms.domain.ratelimit.RateLimitPolicies;

/**
 * Counts a request against its limit and, when refused, answers for it: 429 over the limit,
 * 503 when the limit could not be checked and the class fails closed. The decision is kept on the
 * request so that {@link RateLimitHeaders} can describe it on the response. The client address is
 * the one {@link ClientOriginFilter} resolved before any limit runs.
 */
@ApplicationScoped
public class RateLimitGate {

    static final String DECISION = RateLimitGate.class.getName() + ".decision";
    /** Seconds a client should wait when the limiter is down: about the circuit breaker's pause. */
    static final int UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

    private CheckRateLimitUseCase rateLimit;
    private CheckSignInRateLimitUseCase signInRateLimit;
    private CurrentCaller caller;
    private RequestOriginHolder origin;
    private RateLimitPolicies policies;

    protected RateLimitGate() {
    }

    @Inject
    public RateLimitGate(CheckRateLimitUseCase rateLimit, CheckSignInRateLimitUseCase signInRateLimit, CurrentCaller caller,
                         RequestOriginHolder origin, RateLimitConfiguration configuration) {
        this.policies = configuration.policies();
        this.rateLimit = rateLimit;
        this.signInRateLimit = signInRateLimit;
        this.caller = caller;
        this.origin = origin;
    }

    /** Counts the request in {@code endpointClass} against the signed-in user, else against its client address. */
    void enforce(ContainerRequestContext request, EndpointClass endpointClass, boolean perUser) {
        Actor actor = caller.actor();
        LimitKey key = perUser && actor instanceof Actor.User user
                ? LimitKey.forUser(endpointClass, user.id())
                : LimitKey.forClient(endpointClass, origin.origin().clientAddress());
        LimitPolicy policy = policies.of(endpointClass);
        Decision decision = RequestClassifier.isSignIn(request.getUriInfo().getPath(), request.getMethod())
                ? signInRateLimit.check(key, policy)
                : rateLimit.check(key, policy);
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            request.abortWith(refusal(request, decision));
        }
    }

    private static Response refusal(ContainerRequestContext request, Decision decision) {
        if (decision.verdict() == Decision.Verdict.LIMITED) {
            Response problem = Problems.of(request.getUriInfo(), 429, "Too Many Requests", "rate-limited",
                    "Too many requests: at most " + decision.limit() + " per window; retry after "
                            + decision.resetSeconds() + " s", null);
            return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, decision.resetSeconds()).build();
        }
        Response problem = Problems.of(request.getUriInfo(), 503, "Service Unavailable", "rate-limiter-unavailable",
                "rate limiter unavailable", null);
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, UNAVAILABLE_RETRY_AFTER_SECONDS).build();
    }
}
