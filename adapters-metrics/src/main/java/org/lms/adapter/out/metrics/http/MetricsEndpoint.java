package org.lms.adapter.out.metrics.http;

import io.smallrye.metrics.MetricsRequestHandler;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /metrics}: the application's metrics in Prometheus text format, for Prometheus to
 * scrape. Only the application scope: JVM and server metrics come from WildFly's {@code :9990/metrics}.
 */
@Path("metrics")
public class MetricsEndpoint {

    private static final MetricsRequestHandler HANDLER = new MetricsRequestHandler();

    @GET
    @PermitAll
    @Operation(hidden = true)
    public Response scrape() throws IOException {
        Response.ResponseBuilder[] answer = new Response.ResponseBuilder[1];
        HANDLER.handleRequest("/metrics", "GET", Stream.of("text/plain"),
                Map.of("scope", new String[] {"application"}),
                (status, body, headers) -> {
                    answer[0] = Response.status(status).entity(body);
                    headers.forEach(answer[0]::header);
                });
        return answer[0].build();
    }
}
