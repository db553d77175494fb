package org.lms.adapter.in.rest.lesson;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.adapter.in.rest.file.Uploads;
import org.lms.adapter.in.rest.http.CountingInputStream;
import org.lms.adapter.in.rest.problem.ProblemResponse;
import org.lms.adapter.in.rest.progress.ProgressResponse;
import org.lms.application.port.in.BrowseLessonsUseCase;
import org.lms.application.port.in.BrowseLessonsUseCase.CourseLessonsQuery;
import org.lms.application.port.in.BrowseLessonsUseCase.LessonQuery;
import org.lms.application.port.in.CompleteLessonUseCase;
import org.lms.application.port.in.CompleteLessonUseCase.CompleteLessonCommand;
import org.lms.application.port.in.CompleteLessonUseCase.SubmitAssignmentCommand;
import org.lms.application.port.in.LessonView;
import org.lms.application.port.in.ManageLessonsUseCase;
import org.lms.application.port.in.ManageLessonsUseCase.AddLessonCommand;
import org.lms.application.port.in.ManageLessonsUseCase.DeleteLessonCommand;
import org.lms.application.port.in.ManageLessonsUseCase.ReorderLessonsCommand;
import org.lms.application.port.in.ManageLessonsUseCase.ReviseLessonCommand;
import org.lms.application.port.in.ProgressView;
import org.lms.domain.course.CourseId;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.lesson.LessonTitle;

/**
 * A course's lessons: its instructor and admins manage them; whoever sees the course reads them;
 * enrolled students complete them here (one resource, since Jakarta REST matches one root resource per path).
 */
@Path("api/v1/courses/{courseId}/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lessons")
@APIResponse(responseCode = "404", description = "No such course (or lesson in it) visible to the caller", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
@APIResponse(responseCode = "422", description = "Invalid field values", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
public class LessonResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ManageLessonsUseCase manageLessons;

    @Inject
    BrowseLessonsUseCase browseLessons;

    @Inject
    CompleteLessonUseCase completeLesson;

    @Inject
    Uploads uploads;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders request;

    @GET
    @Operation(summary = "The course's lessons in order; of a draft course only for its instructor and admins")
    @APIResponse(responseCode = "200", description = "Every lesson, by position", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = LessonResponse.class)))
    @PermitAll
    public List<LessonResponse> list(@PathParam("courseId") UUID courseId) {
        return browseLessons.list(new CourseLessonsQuery(caller.actor(), new CourseId(courseId))).stream()
                .map(LessonResponse::of).toList();
    }

    @GET
    @Path("{lessonId}")
    @Operation(summary = "One lesson")
    @APIResponse(responseCode = "200", description = "The lesson", content = @Content(
            schema = @Schema(implementation = LessonResponse.class)))
    @PermitAll
    public LessonResponse find(@PathParam("courseId") UUID courseId, @PathParam("lessonId") UUID lessonId) {
        return LessonResponse.of(browseLessons.find(new LessonQuery(caller.actor(), new CourseId(courseId),
                new LessonId(lessonId))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a lesson after the last one (the course's instructor or an admin)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(
            schema = @Schema(implementation = LessonResponse.class)))
    @APIResponse(responseCode = "401", description = "No caller identity")
    @APIResponse(responseCode = "403", description = "Caller may not manage this course's lessons")
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public Response add(@PathParam("courseId") UUID courseId, @Valid @NotNull LessonRequest body) {
        LessonView added = manageLessons.add(new AddLessonCommand(caller.actor(), new CourseId(courseId),
                new LessonTitle(body.title()), body.content(), body.rule(), body.isRequired()));
        return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build())
                .entity(LessonResponse.of(added)).build();
    }

    @PUT
    @Path("{lessonId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a lesson's title, content, rule and whether it is required; its position stays")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(
            schema = @Schema(implementation = LessonResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller may not manage this course's lessons")
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public LessonResponse revise(@PathParam("courseId") UUID courseId, @PathParam("lessonId") UUID lessonId,
                                 @Valid @NotNull LessonRequest body) {
        return LessonResponse.of(manageLessons.revise(new ReviseLessonCommand(caller.actor(), new CourseId(courseId),
                new LessonId(lessonId), new LessonTitle(body.title()), body.content(), body.rule(), body.isRequired())));
    }

    @DELETE
    @Path("{lessonId}")
    @Operation(summary = "Delete a lesson and its students' completions of it")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Caller may not manage this course's lessons")
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public Response delete(@PathParam("courseId") UUID courseId, @PathParam("lessonId") UUID lessonId) {
        manageLessons.delete(new DeleteLessonCommand(caller.actor(), new CourseId(courseId), new LessonId(lessonId)));
        return Response.noContent().build();
    }

    @PUT
    @Path("order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reorder all lessons at once: the body lists every lesson id exactly once; all or nothing")
    @APIResponse(responseCode = "200", description = "The lessons in their new order", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = LessonResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller may not manage this course's lessons")
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<LessonResponse> reorder(@PathParam("courseId") UUID courseId, @Valid @NotNull ReorderLessonsRequest body) {
        return manageLessons.reorder(new ReorderLessonsCommand(caller.actor(), new CourseId(courseId),
                body.lessonIds().stream().map(LessonId::new).toList())).stream().map(LessonResponse::of).toList();
    }

    @POST
    @Path("{lessonId}/completion")
    @Operation(summary = "The enrolled student completes a VIEWED or MARKED_DONE lesson; a second time is 409")
    @APIResponse(responseCode = "200", description = "Completed; the student's new progress", content = @Content(
            schema = @Schema(implementation = ProgressResponse.class)))
    @APIResponse(responseCode = "401", description = "No caller identity")
    @APIResponse(responseCode = "403", description = "Caller is not actively enrolled")
    @APIResponse(responseCode = "409", description = "Already completed (lesson-already-completed), or the lesson "
            + "is completed another way (completion-rule-mismatch)")
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public ProgressResponse complete(@PathParam("courseId") UUID courseId, @PathParam("lessonId") UUID lessonId) {
        return ProgressResponse.of(completeLesson.complete(new CompleteLessonCommand(caller.actor(),
                new CourseId(courseId), new LessonId(lessonId))));
    }

    @POST
    @Path("{lessonId}/submission")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The enrolled student hands in an assignment as a file (text as text/plain); completes a "
            + "SUBMITTED lesson, while a GRADED one waits for a passing grade")
    @RequestBody(required = true, description = "The submitted file's bytes", content = @Content(
            mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Submitted; the student's new progress", content = @Content(
            schema = @Schema(implementation = ProgressResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller is not actively enrolled")
    @APIResponse(responseCode = "409", description = "Already completed, not an assignment, or the last submission "
            + "still awaits grading (submission-awaiting-grading)")
    @APIResponse(responseCode = "413", description = "Larger than lms.files.max-upload-bytes")
    @APIResponse(responseCode = "415", description = "Content-Type not allowed")
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public ProgressResponse submit(@PathParam("courseId") UUID courseId, @PathParam("lessonId") UUID lessonId,
                                   @Parameter(description = "The file's name", required = true)
                                   @QueryParam("filename") String filename, InputStream body) {
        long[] size = new long[1];
        ProgressView progress = uploads.receive(request, filename, new CountingInputStream(body, size),
                upload -> completeLesson.submit(new SubmitAssignmentCommand(caller.actor(), new CourseId(courseId),
                        new LessonId(lessonId), upload.name(), upload.contentType(), upload.content())),
                stored -> size[0]);
        return ProgressResponse.of(progress);
    }
}
