package org.lms.adapter.in.rest.assignment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.adapter.in.rest.paging.PageParameters;
import org.lms.adapter.in.rest.problem.ProblemResponse;
import org.lms.application.port.in.BrowseSubmissionsUseCase;
import org.lms.application.port.in.BrowseSubmissionsUseCase.OwnSubmissionsQuery;
import org.lms.domain.course.CourseId;

/** The caller's own submissions, which is how a student learns their grades and feedback. */
@Path("api/v1/me/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class OwnSubmissionResource {

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @Inject
    CurrentCaller caller;

    @Inject
    BrowseSubmissionsUseCase browseSubmissions;

    @GET
    @Operation(summary = "The caller's submissions with their grades and feedback, newest first")
    @APIResponse(responseCode = "200", description = "One page of submissions", content = @Content(
            schema = @Schema(implementation = SubmissionPageResponse.class)))
    @APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "422", description = "Invalid course id or paging parameters")
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public SubmissionPageResponse list(@Parameter(description = "Only the submissions of this course")
                                       @QueryParam("courseId") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
                                       String courseId,
                                       @Valid @BeanParam PageParameters page) {
        Optional<CourseId> course = Optional.ofNullable(courseId).map(UUID::fromString).map(CourseId::new);
        return SubmissionPageResponse.of(browseSubmissions.listOwn(new OwnSubmissionsQuery(caller.actor(), course,
                page.toPageRequest())));
    }
}
