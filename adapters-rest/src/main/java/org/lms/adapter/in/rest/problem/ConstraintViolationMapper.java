package org.lms.adapter.in.rest.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Bean Validation failures on requests: 422 with one entry per invalid field, named as the client
 * sent it (the request property or query parameter), never the Java method path.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        if (e.getConstraintViolations().stream().anyMatch(ConstraintViolationMapper::isMissingBody)) {
            return Problems.of(uri, 400, "Bad Request", "malformed-request", "A JSON request body is required", null);
        }
        List<ProblemResponse.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemResponse.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemResponse.FieldError::field))
                .toList();
        return Problems.of(uri, 422, "Unprocessable Content", "validation-failed",
                "The request has " + errors.size() + " invalid field(s)", errors);
    }

    /** A null method parameter that is not a query parameter: only an absent request body can be that. */
    private static boolean isMissingBody(ConstraintViolation<?> violation) {
        Path.Node last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node;
        }
        return last != null && last.getKind() == ElementKind.PARAMETER && violation.getInvalidValue() == null;
    }

    /** {@code create.body.title} becomes {@code title}; a whole missing body becomes {@code body}. */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        Path.Node last = nodes.get(nodes.size() - 1);
        return last.getName() == null ? "body" : last.getName();
    }
}
