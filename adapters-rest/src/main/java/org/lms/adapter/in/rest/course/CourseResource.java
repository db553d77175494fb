package org.lms.adapter.in.rest.course;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
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
import org.lms.application.port.in.BrowseCoursesUseCase;
import org.lms.application.port.in.BrowseCoursesUseCase.CourseListQuery;
import org.lms.application.port.in.BrowseCoursesUseCase.CourseQuery;
import org.lms.application.port.in.CourseView;
import org.lms.application.port.in.CreateCourseUseCase;
import org.lms.application.port.in.CreateCourseUseCase.CreateCourseCommand;
import org.lms.application.port.in.PublishCourseUseCase;
import org.lms.application.port.in.PublishCourseUseCase.PublishCourseCommand;
import org.lms.application.port.in.UpdateCourseUseCase;
import org.lms.application.port.in.UpdateCourseUseCase.UpdateCourseCommand;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseId;
import org.lms.domain.course.CourseStatus;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.identity.UserId;

/** Courses: instructors draft, edit and publish them; everyone reads the published ones. */
@Path("api/v1/courses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
@APIResponse(responseCode = "400", description = "Malformed request", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
@APIResponse(responseCode = "422", description = "Invalid field values", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
public class CourseResource {

    @Inject
    CurrentCaller caller;

    @Inject
    CreateCourseUseCase createCourse;

    @Inject
    UpdateCourseUseCase updateCourse;

    @Inject
    PublishCourseUseCase publishCourse;

    @Inject
    BrowseCoursesUseCase browseCourses;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a new course (instructors; admins for an instructor)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            schema = @Schema(implementation = CourseResponse.class)))
    @APIResponse(responseCode = "401", description = "No caller identity")
    @APIResponse(responseCode = "403", description = "Caller may not create courses")
    @APIResponse(responseCode = "409", description = "Course code already used")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Body is not JSON")
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public Response create(@Valid @NotNull CreateCourseRequest body) {
        CourseView created = createCourse.create(new CreateCourseCommand(caller.actor(), new CourseCode(body.code()),
                new CourseTitle(body.title()), new CourseDescription(body.description()),
                Optional.ofNullable(body.instructorId()).map(UserId::new)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(EntityTags.of(created.version()))
                .entity(CourseResponse.of(created))
                .build();
    }

    @GET
    @Operation(summary = "List the courses the caller may see, newest first")
    @APIResponse(responseCode = "200", description = "One page of courses", content = @Content(
            schema = @Schema(implementation = CoursePageResponse.class)))
    @PermitAll
    public CoursePageResponse list(
            @QueryParam("status") @Pattern(regexp = "DRAFT|PUBLISHED", message = "must be DRAFT or PUBLISHED") String status,
            @Valid @BeanParam PageParameters page) {
        return CoursePageResponse.of(browseCourses.list(new CourseListQuery(caller.actor(),
                Optional.ofNullable(status).map(CourseStatus::valueOf), page.toPageRequest())));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One course; drafts only for their instructor and admins")
    @APIResponse(responseCode = "200", description = "The course, with its version as ETag", content = @Content(
            schema = @Schema(implementation = CourseResponse.class)))
    @APIResponse(responseCode = "404", description = "No such course visible to the caller")
    @PermitAll
    public Response find(@PathParam("id") UUID id) {
        return withTag(browseCourses.find(new CourseQuery(caller.actor(), new CourseId(id))));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace title and description; If-Match with the current ETag is required")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(
            schema = @Schema(implementation = CourseResponse.class)))
    @APIResponse(responseCode = "404", description = "No such course visible to the caller")
    @APIResponse(responseCode = "409", description = "The course changed since that ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UpdateCourseRequest body) {
        long expectedVersion = EntityTags.versionFrom(ifMatch).orElseThrow(PreconditionRequiredException::new);
        return withTag(updateCourse.update(new UpdateCourseCommand(caller.actor(), new CourseId(id), expectedVersion,
                new CourseTitle(body.title()), new CourseDescription(body.description()))));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a draft; If-Match is optional")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(
            schema = @Schema(implementation = CourseResponse.class)))
    @APIResponse(responseCode = "404", description = "No such course visible to the caller")
    @APIResponse(responseCode = "409", description = "Already published, or changed since that ETag")
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(publishCourse.publish(new PublishCourseCommand(caller.actor(), new CourseId(id),
                EntityTags.versionFrom(ifMatch))));
    }

    private static Response withTag(CourseView course) {
        return Response.ok(CourseResponse.of(course)).tag(EntityTags.of(course.version())).build();
    }
}
