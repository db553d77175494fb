package org.lms.adapter.in.rest.certificate;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST .../revocation}: why the certificate is withdrawn (kept with it, not shown publicly). */
@Schema(name = "RevokeCertificateRequest")
public record RevokeCertificateRequest(@NotBlank String reason) {
}
