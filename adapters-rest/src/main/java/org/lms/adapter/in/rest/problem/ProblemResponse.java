package org.lms.adapter.in.rest.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URN per problem kind; {@code errors} lists
 * field-level validation failures; {@code requestId} ties the answer to the server logs.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record ProblemResponse(String type, String title, int status, String detail, String instance,
                              String requestId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One invalid field: where it is and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
