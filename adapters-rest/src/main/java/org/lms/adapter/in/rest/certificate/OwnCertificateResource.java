package org.lms.adapter.in.rest.certificate;

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
import org.lms.application.port.in.BrowseCertificatesUseCase;
import org.lms.application.port.in.BrowseCertificatesUseCase.OwnCertificatesQuery;

/** The caller's own certificates, which is how a student learns their codes. */
@Path("api/v1/me/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class OwnCertificateResource {

    @Inject
    CurrentCaller caller;

    @Inject
    BrowseCertificatesUseCase browseCertificates;

    @GET
    @Operation(summary = "The caller's certificates, valid and revoked, newest first")
    @APIResponse(responseCode = "200", description = "One page of certificates", content = @Content(
            schema = @Schema(implementation = CertificatePageResponse.class)))
    @APIResponse(responseCode = "401", description = "No caller identity", content = @Content(
            mediaType = ProblemResponse.MEDIA_TYPE, schema = @Schema(implementation = ProblemResponse.class)))
    @APIResponse(responseCode = "422", description = "Invalid paging parameters")
    @RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
    public CertificatePageResponse list(@Valid @BeanParam PageParameters page) {
        return CertificatePageResponse.of(browseCertificates.listOwn(new OwnCertificatesQuery(caller.actor(),
                page.toPageRequest())));
    }
}
