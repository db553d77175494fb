package org.lms.adapter.in.rest.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.adapter.in.rest.caller.CurrentCaller;
import org.lms.adapter.in.rest.problem.ProblemResponse;
import org.lms.application.port.in.BrowseCertificatesUseCase;
import org.lms.application.port.in.RevokeCertificateUseCase;
import org.lms.application.port.in.RevokeCertificateUseCase.RevokeCertificateCommand;
import org.lms.application.port.in.VerifyCertificateUseCase;

/**
 * Certificates by their public code. Verification needs no login and says only valid or revoked
 * (404 for an unknown code, 422 for one that cannot be a code); the rest is for the holder, the
 * course's instructor and admins, and answers 404 to anybody else.
 */
@Path("api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
@APIResponse(responseCode = "404", description = "No such certificate visible to the caller", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
@APIResponse(responseCode = "422", description = "Not a well-formed verification code", content = @Content(
        mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
public class CertificateResource {

    @Inject
    CurrentCaller caller;

    @Inject
    VerifyCertificateUseCase verifyCertificate;

    @Inject
    BrowseCertificatesUseCase browseCertificates;

    @Inject
    RevokeCertificateUseCase revokeCertificate;

    @GET
    @Path("verify/{code}")
    @Operation(summary = "Verify a certificate by its code (no login needed)")
    @APIResponse(responseCode = "200", description = "Known certificate: VALID or REVOKED", content = @Content(
            schema = @Schema(implementation = CertificateVerificationResponse.class)))
    @PermitAll
    public CertificateVerificationResponse verify(@PathParam("code") String code) {
        return CertificateVerificationResponse.of(verifyCertificate.verify(code));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "The full certificate (holder, course instructor, admins)")
    @APIResponse(responseCode = "200", description = "The certificate", content = @Content(
            schema = @Schema(implementation = CertificateResponse.class)))
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public CertificateResponse find(@PathParam("code") String code) {
        return CertificateResponse.of(browseCertificates.find(caller.actor(), code));
    }

    @GET
    @Path("{code}/html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The certificate as a printable HTML page to download (holder, course instructor, admins)")
    @APIResponse(responseCode = "200", description = "The page, as an attachment", content = @Content(
            mediaType = MediaType.TEXT_HTML))
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public Response html(@PathParam("code") String code) {
        String page = CertificateHtml.render(browseCertificates.find(caller.actor(), code));
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"certificate.html\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }

    @POST
    @Path("{code}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a certificate, giving the reason (admins)")
    @APIResponse(responseCode = "200", description = "The revoked certificate", content = @Content(
            schema = @Schema(implementation = CertificateResponse.class)))
    @APIResponse(responseCode = "409", description = "Already revoked", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @RolesAllowed("ADMIN")
    public CertificateResponse revoke(@PathParam("code") String code, @NotNull @Valid RevokeCertificateRequest request) {
        return CertificateResponse.of(revokeCertificate.revoke(new RevokeCertificateCommand(caller.actor(), code,
                request.reason())));
    }
}
