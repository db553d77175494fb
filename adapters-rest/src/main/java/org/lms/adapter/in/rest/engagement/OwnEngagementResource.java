package org.lms.adapter.in.rest.engagement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.adapter.in.rest.paging.PageParameters;
import org.lms.adapter.in.rest.problem.ProblemResponse;
import org.lms.application.port.in.BrowseEngagementUseCase;
import org.lms.application.port.in.BrowseEngagementUseCase.OwnEngagementQuery;

/** The caller's own engagement scores as of the last periodic recomputation. */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement")
@Path("api/v1/me/engagement")
@APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
@APIResponse(responseCode = "422", description = "Invalid paging parameters", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
public class OwnEngagementResource {

    @Inject
    CurrentCaller caller;

    @Inject
    BrowseEngagementUseCase browseEngagement;

    @GET
    @Operation(summary = "The caller's engagement in each course they are actively enrolled in")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(
            schema = @Schema(implementation = EngagementPageResponse.class)))
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public EngagementPageResponse own(@Valid @BeanParam PageParameters page) {
        return EngagementPageResponse.of(browseEngagement.listOwn(new OwnEngagementQuery(caller.actor(),
                page.toPageRequest())));
    }
}
