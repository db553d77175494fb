package org.lms.adapter.in.rest.caller;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.lms.application.port.in.AuthenticateRequestUseCase;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.InvalidCredentialsException;

/**
 * Establishes the caller from {@code Authorization: Bearer <access token>}. No header means an
 * anonymous caller (public endpoints still answer); a header that is not a valid token is refused
 * with 401 at once, even on public endpoints, so a client never mistakes a broken token for a
 * working one.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    static final String CHALLENGE = "Bearer realm=\"lms\"";
    private static final String SCHEME = "Bearer ";

    // Jakarta REST creates providers itself and needs a public constructor; fields take the injection.
    @Inject
    CurrentCaller caller;

    @Inject
    AuthenticateRequestUseCase authenticate;


    @Override
    public void filter(ContainerRequestContext request) {
        List<String> headers = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (headers == null || headers.isEmpty()) {
            return;
        }
        String header = headers.get(0);
        if (headers.size() > 1 || header.length() <= SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new NotAuthorizedException("Send one header: Authorization: Bearer <access token>", CHALLENGE);
        }
        try {
            Actor actor = authenticate.authenticate(header.substring(SCHEME.length()).strip());
            caller.authenticate(actor);
            request.setSecurityContext(new TokenSecurityContext(actor, request.getSecurityContext().isSecure()));
        } catch (InvalidCredentialsException e) {
            throw new NotAuthorizedException("The access token is invalid or has expired",
                    CHALLENGE + ", error=\"invalid_token\"");
        }
    }
}
