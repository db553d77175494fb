package org.lms.adapter.in.rest.engagement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import org.lms.adapter.in.rest.paging.PageParameters;
import org.lms.adapter.in.rest.problem.ProblemResponse;
import org.lms.application.port.in.BrowseEngagementUseCase;
import org.lms.application.port.in.BrowseEngagementUseCase.CourseEngagementQuery;
import org.lms.domain.course.CourseId;

/** A course's engagement scores as of the last periodic recomputation, for its instructor and admins. */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement")
@Path("api/v1/courses/{courseId}/engagement")
@APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
@APIResponse(responseCode = "422", description = "Invalid paging parameters", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
public class EngagementResource {

    @Inject
    CurrentCaller caller;

    @Inject
    BrowseEngagementUseCase browseEngagement;

    @GET
    @Operation(summary = "Engagement of the course's actively enrolled students, highest first (instructor and admins)")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(
            schema = @Schema(implementation = EngagementPageResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller is not the course's instructor or an admin",
            content = @Content(mediaType = ProblemResponse.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "404", description = "No such course visible to the caller", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public EngagementPageResponse course(@PathParam("courseId") UUID courseId, @Valid @BeanParam PageParameters page) {
        return EngagementPageResponse.of(browseEngagement.listCourse(new CourseEngagementQuery(caller.actor(),
                new CourseId(courseId), page.toPageRequest())));
    }
}
