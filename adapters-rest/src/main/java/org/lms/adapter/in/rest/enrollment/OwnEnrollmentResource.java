package org.lms.adapter.in.rest.enrollment;

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
import org.lms.application.port.in.BrowseEnrollmentsUseCase;
import org.lms.application.port.in.BrowseEnrollmentsUseCase.OwnEnrollmentsQuery;

/** The caller's own enrollments across all courses. */
@Path("api/v1/me/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollments")
public class OwnEnrollmentResource {

    @Inject
    CurrentCaller caller;

    @Inject
    BrowseEnrollmentsUseCase browseEnrollments;

    @GET
    @Operation(summary = "The caller's enrollments, active and dropped, most recent first")
    @APIResponse(responseCode = "200", description = "One page of enrollments", content = @Content(
            schema = @Schema(implementation = EnrollmentPageResponse.class)))
    @APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "422", description = "Invalid paging parameters")
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public EnrollmentPageResponse list(@Valid @BeanParam PageParameters page) {
        return EnrollmentPageResponse.of(browseEnrollments.listOwn(new OwnEnrollmentsQuery(caller.actor(),
                page.toPageRequest())));
    }
}
