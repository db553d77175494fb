package org.lms.adapter.in.rest.job;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.adapter.in.rest.paging.PageParameters;
import org.lms.adapter.in.rest.problem.ProblemResponse;
import org.lms.application.port.in.BrowseJobsUseCase;
import org.lms.application.port.in.BrowseJobsUseCase.JobListQuery;
import org.lms.application.port.in.RetryJobUseCase;
import org.lms.application.port.in.RetryJobUseCase.RetryJobCommand;
import org.lms.domain.job.JobId;
import org.lms.domain.job.JobState;

/** Background jobs for admins: see what is queued or dead-lettered, and send a dead job back to the queue. */
@Path("api/v1/admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Background jobs")
@APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
@APIResponse(responseCode = "403", description = "Caller is not an admin", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
public class JobAdminResource {

    @Inject
    CurrentCaller caller;

    @Inject
    BrowseJobsUseCase browseJobs;

    @Inject
    RetryJobUseCase retryJob;

    @GET
    @Operation(summary = "List background jobs, optionally in one state, most recently changed first (admins)")
    @APIResponse(responseCode = "200", description = "One page of jobs", content = @Content(
            schema = @Schema(implementation = JobPageResponse.class)))
    @APIResponse(responseCode = "422", description = "Unknown state or invalid paging", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @RolesAllowed("ADMIN")
    public JobPageResponse list(
            @QueryParam("state") @Pattern(regexp = "PENDING|RUNNING|SUCCEEDED|DEAD",
                    message = "must be PENDING, RUNNING, SUCCEEDED or DEAD") String state,
            @Valid @BeanParam PageParameters page) {
        return JobPageResponse.of(browseJobs.list(new JobListQuery(caller.actor(),
                Optional.ofNullable(state).map(JobState::valueOf), page.toPageRequest())));
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Send a dead-lettered job back to the queue with fresh attempts, due now (admins)")
    @APIResponse(responseCode = "200", description = "The job, PENDING again", content = @Content(
            schema = @Schema(implementation = JobResponse.class)))
    @APIResponse(responseCode = "404", description = "No such job", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "409", description = "The job is not DEAD (code job-not-dead)", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @RolesAllowed("ADMIN")
    public JobResponse retry(@PathParam("id") UUID id) {
        return JobResponse.of(retryJob.retry(new RetryJobCommand(caller.actor(), new JobId(id))));
    }
}
