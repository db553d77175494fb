package org.lms.adapter.in.rest.progress;

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
import org.lms.application.port.in.BrowseProgressUseCase;
import org.lms.application.port.in.BrowseProgressUseCase.CourseProgressQuery;
import org.lms.application.port.in.BrowseProgressUseCase.StudentProgressQuery;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;

/** Progress of a course's students: each student their own; the instructor and admins everyone's. */
@Path("api/v1/courses/{courseId}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress")
@APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
@APIResponse(responseCode = "403", description = "Caller may not see this progress", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
@APIResponse(responseCode = "404", description = "No such course visible to the caller, or student not enrolled",
        content = @Content(mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
public class ProgressResource {

    @Inject
    CurrentCaller caller;

    @Inject
    BrowseProgressUseCase browseProgress;

    @GET
    @Operation(summary = "Progress of every actively enrolled student, oldest enrollment first (instructor and admins)")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(
            schema = @Schema(implementation = ProgressPageResponse.class)))
    @APIResponse(responseCode = "422", description = "Invalid paging parameters")
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public ProgressPageResponse list(@PathParam("courseId") UUID courseId, @Valid @BeanParam PageParameters page) {
        return ProgressPageResponse.of(browseProgress.list(new CourseProgressQuery(caller.actor(),
                new CourseId(courseId), page.toPageRequest())));
    }

    @GET
    @Path("{studentId}")
    @Operation(summary = "One student's progress (the student, the course's instructor, admins)")
    @APIResponse(responseCode = "200", description = "The progress", content = @Content(
            schema = @Schema(implementation = ProgressResponse.class)))
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public ProgressResponse find(@PathParam("courseId") UUID courseId, @PathParam("studentId") UUID studentId) {
        return ProgressResponse.of(browseProgress.find(new StudentProgressQuery(caller.actor(), new CourseId(courseId),
                new UserId(studentId))));
    }
}
