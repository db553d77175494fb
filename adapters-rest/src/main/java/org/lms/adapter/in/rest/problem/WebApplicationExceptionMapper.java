package org.lms.adapter.in.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.lms.adapter.in.rest.caller.AccessDenials;

/**
 * Errors the Jakarta REST runtime raises itself (unknown route 404, wrong method 405, unsupported
 * media type 415, not acceptable 406, unreadable body 400, unsatisfiable range 416) and the access
 * filters (401, 403) become problem+json with the same status, keeping the headers that explain them
 * (Allow, WWW-Authenticate, Content-Range); refusals are reported as access denials.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Inject
    AccessDenials denials;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.StatusType type = original.getStatusInfo();
        String detail = status == 400 ? "The request body or a parameter could not be read" : type.getReasonPhrase();
        if ((status == 401 || status == 413 || status == 416 || status == 428) && e.getMessage() != null) {
            detail = e.getMessage();
        }
        if (status == 401 || status == 403) {
            denials.report(status, uri.getPath());
        }
        if (status == 403 && e.getMessage() != null) {
            detail = e.getMessage();
        }
        Response problem = Problems.of(uri, status, type.getReasonPhrase(), code(status), detail, null);
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        copy(original, builder, HttpHeaders.ALLOW);
        copy(original, builder, HttpHeaders.WWW_AUTHENTICATE);
        copy(original, builder, "Content-Range");
        return builder.build();
    }

    private static void copy(Response from, Response.ResponseBuilder to, String header) {
        Object value = from.getHeaders().getFirst(header);
        if (value != null) {
            to.header(header, value);
        }
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "malformed-request";
            case 401 -> "authentication-required";
            case 403 -> "access-denied";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 416 -> "range-not-satisfiable";
            case 428 -> "precondition-required";
            default -> "http-" + status;
        };
    }
}
