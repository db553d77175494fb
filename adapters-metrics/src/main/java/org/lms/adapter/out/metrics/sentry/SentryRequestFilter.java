package org.lms.adapter.out.metrics.sentry;

import io.sentry.IScopes;
import io.sentry.ISentryLifecycleToken;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SpanStatus;
import io.sentry.TransactionOptions;
import io.sentry.protocol.Request;
import io.sentry.protocol.TransactionNameSource;
import jakarta.annotation.Priority;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.jboss.logging.MDC;
import org.lms.adapter.out.metrics.http.RouteTemplates;

/**
 * One Sentry transaction per request, named by route template and sharing the trace id of the
 * logs, and the failure behind any 5xx answer captured as an error event. Does nothing while
 * Sentry is disabled.
 */
@Provider
@PreMatching
@Priority(20)
public class SentryRequestFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String TRANSACTION = SentryRequestFilter.class.getName() + ".transaction";
    private static final String SCOPE_TOKEN = SentryRequestFilter.class.getName() + ".token";
    private static final String SCOPES = SentryRequestFilter.class.getName() + ".scopes";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!Sentry.isEnabled()) {
            return;
        }
        IScopes scopes = Sentry.forkedRootScopes("http-request");
        ISentryLifecycleToken token = scopes.makeCurrent();
        Object traceId = MDC.get("traceId");
        var context = traceId == null ? new io.sentry.TransactionContext(request.getMethod(), "http.server")
                : scopes.continueTrace(traceId + "-" + newSpanId(), null);
        context.setName(request.getMethod() + " " + RouteTemplates.UNMATCHED);
        context.setOperation("http.server");
        TransactionOptions options = new TransactionOptions();
        options.setBindToScope(true);
        ITransaction transaction = scopes.startTransaction(context, options);
        Request sentryRequest = new Request();
        sentryRequest.setMethod(request.getMethod());
        sentryRequest.setUrl(request.getUriInfo().getRequestUri().getPath());
        scopes.configureScope(scope -> scope.setRequest(sentryRequest));
        request.setProperty(SCOPES, scopes);
        request.setProperty(SCOPE_TOKEN, token);
        request.setProperty(TRANSACTION, transaction);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(TRANSACTION) instanceof ITransaction transaction)) {
            return;
        }
        IScopes scopes = (IScopes) request.getProperty(SCOPES);
        try (ISentryLifecycleToken token = (ISentryLifecycleToken) request.getProperty(SCOPE_TOKEN)) {
            int status = response.getStatus();
            transaction.setName(request.getMethod() + " " + RouteTemplates.of(resource), TransactionNameSource.ROUTE);
            transaction.setData("http.response.status_code", status);
            if (status >= 500 && servletRequest.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
                scopes.captureException(failure);
            }
            transaction.finish(SpanStatus.fromHttpStatusCode(status, SpanStatus.UNKNOWN_ERROR));
        }
    }

    private static String newSpanId() {
        byte[] id = new byte[8];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}
