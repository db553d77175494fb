package org.lms.adapter.in.rest.admin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.ChainVerification;

/** {@code ok}, or the id of the first entry that does not fit the chain; {@code checked} entries were walked. */
@Schema(name = "SecurityEventChainVerification")
public record ChainVerificationResponse(boolean ok, long checked, Long firstBrokenId) {

    static ChainVerificationResponse of(ChainVerification verification) {
        return new ChainVerificationResponse(verification.ok(), verification.checked(),
                verification.firstBrokenId().orElse(null));
    }
}
