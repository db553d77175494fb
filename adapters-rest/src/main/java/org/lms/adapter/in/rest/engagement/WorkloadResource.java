package org.lms.adapter.in.rest.engagement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.adapter.in.rest.problem.ProblemResponse;
import org.lms.application.port.in.BrowseWorkloadUseCase;
import org.lms.domain.identity.UserId;

/** An instructor's workload, for that instructor and admins. */
@Path("api/v1/instructors/{instructorId}/workload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement")
public class WorkloadResource {

    @Inject
    CurrentCaller caller;

    @Inject
    BrowseWorkloadUseCase browseWorkload;

    @GET
    @Operation(summary = "Courses taught, active students and submissions awaiting grading (the instructor, admins)")
    @APIResponse(responseCode = "200", description = "The workload; zeros for someone who teaches nothing",
            content = @Content(schema = @Schema(implementation = WorkloadResponse.class)))
    @APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller is neither that instructor nor an admin", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public WorkloadResponse find(@PathParam("instructorId") UUID instructorId) {
        return WorkloadResponse.of(browseWorkload.find(caller.actor(), new UserId(instructorId)));
    }
}
