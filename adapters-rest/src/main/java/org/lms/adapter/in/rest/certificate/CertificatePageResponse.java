package org.lms.adapter.in.rest.certificate;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.common.Page;
import org.lms.application.port.in.CertificateView;

/** One page of certificates with the total number that match. */
@Schema(name = "CertificatePage")
public record CertificatePageResponse(List<CertificateResponse> items, long total, int offset, int limit) {

    static CertificatePageResponse of(Page<CertificateView> page) {
        return new CertificatePageResponse(page.items().stream().map(CertificateResponse::of).toList(), page.total(),
                page.offset(), page.limit());
    }
}
