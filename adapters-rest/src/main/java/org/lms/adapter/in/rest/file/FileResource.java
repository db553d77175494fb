package org.lms.adapter.in.rest.file;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.adapter.in.rest.problem.ProblemResponse;
import org.lms.application.port.in.DownloadFileUseCase;
import org.lms.application.port.in.DownloadFileUseCase.DownloadFileQuery;
import org.lms.application.port.in.DownloadFileUseCase.FileDownload;
import org.lms.application.port.in.FileView;
import org.lms.application.port.out.FileTransferMetricsPort;
import org.lms.application.port.out.FileTransferMetricsPort.Direction;
import org.lms.application.port.out.FileTransferMetricsPort.Outcome;
import org.lms.domain.file.FileId;
import org.lms.domain.shared.DomainException;

/** Downloads, whole or one byte range, streamed from storage. */
@Path("api/v1/files/{fileId}/content")
@Tag(name = "Files")
public class FileResource {

    @Inject
    CurrentCaller caller;

    @Inject
    DownloadFileUseCase downloadFile;

    @Inject
    FileTransferMetricsPort metrics;

    @GET
    @Operation(summary = "Download a file: the course's staff; enrolled students for material; the author for a submission")
    @APIResponse(responseCode = "200", description = "The whole file; ETag is its SHA-256", content = @Content(
            mediaType = "application/octet-stream"))
    @APIResponse(responseCode = "206", description = "The requested byte range, with Content-Range")
    @APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller sees the course but may not read this file", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "404", description = "No such file visible to the caller", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "416", description = "Range starts beyond the end", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public Response download(@PathParam("fileId") UUID fileId, @HeaderParam("Range") String range,
                             @HeaderParam("If-Range") String ifRange) {
        try {
            FileDownload download = downloadFile.open(new DownloadFileQuery(caller.actor(), new FileId(fileId)));
            FileView file = download.file();
            String etag = "\"" + file.sha256() + "\"";
            // If-Range naming another version means the client's part is stale: send everything.
            Optional<ByteRange> part = ifRange == null || ifRange.strip().equals(etag)
                    ? ByteRange.parse(range, file.sizeBytes()) : Optional.empty();
            long first = part.map(ByteRange::first).orElse(0L);
            long length = part.map(ByteRange::length).orElse(file.sizeBytes());
            StreamingOutput body = out -> {
                try (InputStream in = download.bytes().open(first, length)) {
                    in.transferTo(out);
                }
            };
            Response.ResponseBuilder response = Response.status(part.isPresent() ? 206 : 200).entity(body)
                    .type(file.contentType())
                    .header(HttpHeaders.CONTENT_LENGTH, length)
                    .header(HttpHeaders.ETAG, etag)
                    .header("Accept-Ranges", "bytes")
                    .header("Content-Disposition", ContentDisposition.attachment(file.name()))
                    .header("X-Content-Type-Options", "nosniff");
            part.ifPresent(p -> response.header("Content-Range", p.contentRange()));
            metrics.transferred(Direction.DOWNLOAD, Outcome.SUCCESS, length);
            return response.build();
        } catch (DomainException e) {
            metrics.transferred(Direction.DOWNLOAD, Outcome.REJECTED, 0);
            throw e;
        } catch (WebApplicationException e) {
            metrics.transferred(Direction.DOWNLOAD, e.getResponse().getStatus() < 500 ? Outcome.REJECTED : Outcome.FAILED, 0);
            throw e;
        } catch (RuntimeException e) {
            metrics.transferred(Direction.DOWNLOAD, Outcome.FAILED, 0);
            throw e;
        }
    }
}
