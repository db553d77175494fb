package org.lms.adapter.in.rest.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses JSON request bodies over {@link RequestLimits#MAX_JSON_BODY_BYTES} with 413: at once when
 * Content-Length says so, and while reading when the body is chunked. A body without a Content-Type
 * is held to the same limit. Other media types are file uploads: the resources that accept them
 * apply their own, larger limit, and every other resource refuses them with 415 before reading.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public class RequestBodyLimitFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isJsonOrUntyped(request.getMediaType())) {
            return;
        }
        if (request.getLength() > RequestLimits.MAX_JSON_BODY_BYTES) {
            throw new PayloadTooLargeException(RequestLimits.MAX_JSON_BODY_BYTES);
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), RequestLimits.MAX_JSON_BODY_BYTES));
    }

    private static boolean isJsonOrUntyped(MediaType type) {
        return type == null || type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }
}
