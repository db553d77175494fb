package org.lms.adapter.in.rest.account;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Single-use recovery codes, shown only this once. */
@Schema(name = "RecoveryCodesResponse")
public record RecoveryCodesResponse(List<String> recoveryCodes) {

    @Override
    public String toString() {
        return "RecoveryCodesResponse[" + recoveryCodes.size() + " codes]";
    }
}
