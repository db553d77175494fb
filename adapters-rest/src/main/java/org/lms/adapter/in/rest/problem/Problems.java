package org.lms.adapter.in.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.MDC;
import org.lms.adapter.in.rest.http.RequestCorrelationFilter;

/** Builds problem responses for the current request, so every mapper answers the same way. */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:lms:problem:";

    private Problems() {
    }

    public static Response of(UriInfo uri, Response.Status status, String code, String detail) {
        return of(uri, status.getStatusCode(), status.getReasonPhrase(), code, detail, null);
    }

    public static Response of(UriInfo uri, int status, String title, String code, String detail,
                              List<ProblemResponse.FieldError> errors) {
        Object requestId = MDC.get(RequestCorrelationFilter.REQUEST_ID);
        return new ProblemResponse(TYPE_PREFIX + code, title, status, detail, path(uri),
                requestId == null ? null : requestId.toString(), errors).toResponse();
    }

    private static String path(UriInfo uri) {
        try {
            return uri == null ? null : uri.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
