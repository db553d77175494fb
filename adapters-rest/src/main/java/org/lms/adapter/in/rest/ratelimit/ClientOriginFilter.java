package org.lms.adapter.in.rest.ratelimit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lms.adapter.in.rest.http.RequestCorrelationFilter;
import org.lms.application.common.RequestOriginHolder;
import org.lms.application.port.out.RequestOriginPort.RequestOrigin;

/**
 * Notes where each request comes from (client address by the trusted-proxy rule of
 * {@link ClientAddresses}, user agent, request id), first of the filters that need it: the rate
 * limits, the sign-in protection and the security event log.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ClientOriginFilter implements ContainerRequestFilter {

    /** Enough to tell browsers and tools apart; the rest is the client's to invent. */
    static final int USER_AGENT_MAX = 200;

    @Context
    HttpServletRequest peer;

    // Field injection: RESTEasy instantiates providers through their public no-argument constructor.
    @Inject
    RequestOriginHolder current;

    @Inject
    @ConfigProperty(name = "lms.trusted-proxies")
    Optional<String> trustedProxies;

    private ClientAddresses addresses;

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> forwarded = request.getHeaders().getOrDefault("X-Forwarded-For", List.of());
        String client = addresses().clientOf(peer.getRemoteAddr(), forwarded);
        Object requestId = request.getProperty(RequestCorrelationFilter.REQUEST_ID);
        current.note(new RequestOrigin(client, userAgent(request.getHeaderString(HttpHeaders.USER_AGENT)),
                requestId == null ? RequestOrigin.NONE : requestId.toString()));
    }

    static String userAgent(String header) {
        if (header == null || header.isBlank()) {
            return RequestOrigin.NONE;
        }
        String printable = header.replaceAll("\\p{Cntrl}", "").strip();
        return printable.length() <= USER_AGENT_MAX ? printable : printable.substring(0, USER_AGENT_MAX);
    }

    private ClientAddresses addresses() {
        if (addresses == null) {
            addresses = ClientAddresses.trusting(trustedProxies.orElse(""));
        }
        return addresses;
    }
}
