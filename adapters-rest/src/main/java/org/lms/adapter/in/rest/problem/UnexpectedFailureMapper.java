package org.lms.adapter.in.rest.problem;

import jakarta.resource.ResourceException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Everything no other mapper claims. An unreachable database is 503 with Retry-After; anything
 * else is our fault, logged with the request id and answered 500 with no internals. The failure is left on the servlet request under the standard
 * error attribute so the error reporter can send it on.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class);
    private static final String CONNECTION_FAILURE_SQLSTATE_CLASS = "08";

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public Response toResponse(Throwable failure) {
        servletRequest.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        if (isDatabaseUnavailable(failure)) {
            LOG.warnf("Database unavailable: %s", failure.toString());
            return Response.fromResponse(Problems.of(uri, Status.SERVICE_UNAVAILABLE, "database-unavailable",
                    "The service cannot reach its database; retry later")).header("Retry-After", "5").build();
        }
        LOG.error("Unexpected failure", failure);
        return Problems.of(uri, Status.INTERNAL_SERVER_ERROR, "internal-error",
                "An unexpected error occurred; quote the request id when reporting it");
    }

    private static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_FAILURE_SQLSTATE_CLASS)) {
                return true;
            }
            // The pool reports "no connection could be made" as a resource exception without SQLSTATE.
            if (t instanceof ResourceException) {
                return true;
            }
        }
        return false;
    }
}
