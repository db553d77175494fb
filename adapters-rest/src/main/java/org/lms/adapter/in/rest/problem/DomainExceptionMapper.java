package org.lms.adapter.in.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.lms.adapter.in.rest.caller.AccessDenials;
import java.util.List;
import org.lms.domain.abuse.LoginLockedException;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.AuthenticationRequiredException;
import org.lms.domain.shared.ConflictException;
import org.lms.domain.shared.DomainException;
import org.lms.domain.shared.InvalidValueException;
import org.lms.domain.shared.NotFoundException;

/** Each family of domain refusal gets its status: 401, 403, 404, 409 or 422; a sign-in lockout 429. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    UriInfo uri;

    @Inject
    AccessDenials denials;

    @Override
    public Response toResponse(DomainException e) {
        if (e instanceof InvalidValueException invalid) {
            return Problems.of(uri, 422, "Unprocessable Content", "validation-failed", e.getMessage(),
                    List.of(new ProblemResponse.FieldError(invalid.field(), invalid.getMessage())));
        }
        if (e instanceof LoginLockedException locked) {
            Response problem = Problems.of(uri, 429, "Too Many Requests", e.code(), e.getMessage(), null);
            return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, locked.retryAfterSeconds()).build();
        }
        Status status = status(e);
        if (status == Status.UNAUTHORIZED || status == Status.FORBIDDEN) {
            denials.report(status.getStatusCode(), uri.getPath());
        }
        Response problem = Problems.of(uri, status, e.code(), e.getMessage());
        if (e instanceof AuthenticationRequiredException) {
            return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer realm=\"lms\"").build();
        }
        return problem;
    }

    private static Status status(DomainException e) {
        if (e instanceof NotFoundException) {
            return Status.NOT_FOUND;
        }
        if (e instanceof ConflictException) {
            return Status.CONFLICT;
        }
        if (e instanceof AccessDeniedException) {
            return Status.FORBIDDEN;
        }
        if (e instanceof AuthenticationRequiredException) {
            return Status.UNAUTHORIZED;
        }
        return Status.BAD_REQUEST;
    }
}
