package org.lms.adapter.in.rest.file;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.adapter.in.rest.problem.ProblemResponse;
import org.lms.application.port.in.FileView;
import org.lms.application.port.in.UploadFileUseCase;
import org.lms.application.port.in.UploadFileUseCase.UploadFileCommand;
import org.lms.domain.course.CourseId;

/** Course material uploads: the raw bytes are the body, streamed to storage, never held in memory. */
@Path("api/v1/courses/{courseId}/files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Files")
@APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
public class CourseFileResource {

    @Inject
    CurrentCaller caller;

    @Inject
    UploadFileUseCase uploadFile;

    @Inject
    Uploads uploads;

    @Context
    HttpHeaders request;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload course material (instructor or admin); the body is the file's bytes")
    @RequestBody(required = true, description = "The file itself; Content-Type one of application/pdf, image/png, "
            + "image/jpeg, video/mp4, text/plain, application/zip", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(
            schema = @Schema(implementation = FileResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller may not upload to this course", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "404", description = "No such course visible to the caller", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "413", description = "Larger than lms.files.max-upload-bytes", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "415", description = "Content-Type not allowed", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "422", description = "Empty file, or filename missing or a path", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public Response upload(@PathParam("courseId") UUID courseId,
                           @Parameter(description = "The file's name, kept only for downloads", required = true)
                           @QueryParam("filename") String filename, InputStream body) {
        FileView stored = uploads.receive(request, filename, body, upload -> uploadFile.upload(new UploadFileCommand(
                caller.actor(), new CourseId(courseId), upload.name(), upload.contentType(), upload.content())),
                FileView::sizeBytes);
        return Response.created(UriBuilder.fromPath("/api/v1/files/{id}/content").build(stored.id()))
                .entity(FileResponse.of(stored)).build();
    }
}
