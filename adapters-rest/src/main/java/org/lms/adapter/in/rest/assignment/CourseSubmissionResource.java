package org.lms.adapter.in.rest.assignment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
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
import org.lms.application.port.in.BrowseSubmissionsUseCase.CourseSubmissionsQuery;
import org.lms.application.port.in.BrowseSubmissionsUseCase.GradingStatus;
import org.lms.domain.course.CourseId;

/** A course's assignment submissions, the grading queue of its instructor and admins. */
@Path("api/v1/courses/{courseId}/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class CourseSubmissionResource {

    @Inject
    CurrentCaller caller;

    @Inject
    BrowseSubmissionsUseCase browseSubmissions;

    @GET
    @Operation(summary = "The course's submissions awaiting grading (or graded), oldest first (instructor and admins)")
    @APIResponse(responseCode = "200", description = "One page of submissions", content = @Content(
            schema = @Schema(implementation = SubmissionPageResponse.class)))
    @APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller is not the course's instructor or an admin")
    @APIResponse(responseCode = "404", description = "No such course visible to the caller")
    @APIResponse(responseCode = "422", description = "Invalid status or paging parameters")
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public SubmissionPageResponse list(@PathParam("courseId") UUID courseId,
                                       @Parameter(description = "awaiting (default) or graded")
                                       @QueryParam("status") @DefaultValue("awaiting")
                                       @Pattern(regexp = "awaiting|graded", message = "must be awaiting or graded")
                                       String status,
                                       @Valid @BeanParam PageParameters page) {
        return SubmissionPageResponse.of(browseSubmissions.listForCourse(new CourseSubmissionsQuery(caller.actor(),
                new CourseId(courseId), GradingStatus.valueOf(status.toUpperCase(Locale.ROOT)), page.toPageRequest())));
    }
}
