package org.lms.adapter.out.metrics.http;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.lms.adapter.out.metrics.catalogue.CataloguedMetrics;

/**
 * Times every request, matched or not, into {@code lms_http_server_requests_seconds} labelled by
 * route template, method and status class. Pre-matching, so 404 and 405 are timed too.
 */
@Provider
@PreMatching
@Priority(10)
public class HttpServerMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String METRIC = "lms_http_server_requests_seconds";
    private static final String STARTED = HttpServerMetricsFilter.class.getName() + ".started";
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    @Inject
    CataloguedMetrics metrics;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long start)) {
            return;
        }
        String method = METHODS.contains(request.getMethod()) ? request.getMethod() : "OTHER";
        metrics.timer(METRIC, Map.of("route", RouteTemplates.of(resource), "method", method,
                        "status", response.getStatus() / 100 + "xx"))
                .update(Duration.ofNanos(System.nanoTime() - start));
    }
}
