package org.lms.adapter.in.rest.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.lms.adapter.in.rest.http.PayloadTooLargeException;

/**
 * The runtime could not turn the request body into the expected record: malformed JSON, wrong
 * types, or a body cut off by the size limit (then 413). The parser's message is not echoed.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return Problems.of(uri, 413, "Content Too Large", "payload-too-large", tooLarge.getMessage(), null);
            }
        }
        return Problems.of(uri, 400, "Bad Request", "malformed-request",
                "The request body is not valid JSON of the expected shape", null);
    }
}
