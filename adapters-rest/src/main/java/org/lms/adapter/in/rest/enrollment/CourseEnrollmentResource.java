package org.lms.adapter.in.rest.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.adapter.in.rest.paging.PageParameters;
import org.lms.adapter.in.rest.problem.ProblemResponse;
import org.lms.application.port.in.BrowseEnrollmentsUseCase;
import org.lms.application.port.in.BrowseEnrollmentsUseCase.CourseEnrollmentsQuery;
import org.lms.application.port.in.DropEnrollmentUseCase;
import org.lms.application.port.in.DropEnrollmentUseCase.DropEnrollmentCommand;
import org.lms.application.port.in.EnrollStudentUseCase;
import org.lms.application.port.in.EnrollStudentUseCase.EnrollStudentCommand;
import org.lms.application.port.in.EnrollStudentUseCase.EnrollmentOutcome;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;

/** A course's enrollments: students enroll and drop; its instructor and admins see the roster. */
@Path("api/v1/courses/{courseId}/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollments")
@APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
@APIResponse(responseCode = "404", description = "No such course visible to the caller", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
public class CourseEnrollmentResource {

    @Inject
    CurrentCaller caller;

    @Inject
    EnrollStudentUseCase enrollStudent;

    @Inject
    DropEnrollmentUseCase dropEnrollment;

    @Inject
    BrowseEnrollmentsUseCase browseEnrollments;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enroll in a published course: yourself as a student, or a student as its instructor or an admin")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = EnrollRequest.class)))
    @APIResponse(responseCode = "201", description = "Enrolled (first time, or again after a drop)", content = @Content(
            schema = @Schema(implementation = EnrollmentResponse.class)))
    @APIResponse(responseCode = "200", description = "Already enrolled; nothing changed", content = @Content(
            schema = @Schema(implementation = EnrollmentResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller may not enroll this student")
    @APIResponse(responseCode = "409", description = "Course not published (code course-not-published)")
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public Response enroll(@PathParam("courseId") UUID courseId, EnrollRequest body) {
        Optional<UserId> student = Optional.ofNullable(body).map(EnrollRequest::studentId).map(UserId::new);
        EnrollmentOutcome outcome = enrollStudent.enroll(new EnrollStudentCommand(caller.actor(),
                new CourseId(courseId), student));
        EnrollmentResponse entity = EnrollmentResponse.of(outcome.enrollment());
        if (!outcome.activated()) {
            return Response.ok(entity).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(entity.studentId().toString()).build())
                .entity(entity).build();
    }

    /**
     * The same call without a body: such a request has no Content-Type, so it cannot match the JSON
     * method. Any other declared type is still refused, as it would be there.
     */
    @POST
    @Operation(hidden = true)
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public Response enrollWithoutBody(@PathParam("courseId") UUID courseId,
                                      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        if (contentType != null) {
            throw new NotSupportedException("Send the body as application/json, or no body at all");
        }
        return enroll(courseId, null);
    }

    @GET
    @Operation(summary = "The course's enrollments, active and dropped, most recent first (instructor and admins)")
    @APIResponse(responseCode = "200", description = "One page of enrollments", content = @Content(
            schema = @Schema(implementation = EnrollmentPageResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller is not the course's instructor or an admin")
    @APIResponse(responseCode = "422", description = "Invalid paging parameters")
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public EnrollmentPageResponse list(@PathParam("courseId") UUID courseId, @Valid @BeanParam PageParameters page) {
        return EnrollmentPageResponse.of(browseEnrollments.listForCourse(new CourseEnrollmentsQuery(caller.actor(),
                new CourseId(courseId), page.toPageRequest())));
    }

    @DELETE
    @Path("{studentId}")
    @Operation(summary = "Drop an enrollment (the student, the course's instructor or an admin)")
    @APIResponse(responseCode = "204", description = "Dropped")
    @APIResponse(responseCode = "403", description = "Caller may not drop this enrollment")
    @APIResponse(responseCode = "409", description = "Already dropped")
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public Response drop(@PathParam("courseId") UUID courseId, @PathParam("studentId") UUID studentId) {
        dropEnrollment.drop(new DropEnrollmentCommand(caller.actor(), new CourseId(courseId), new UserId(studentId)));
        return Response.noContent().build();
    }
}
