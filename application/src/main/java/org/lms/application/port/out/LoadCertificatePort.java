package org.lms.application.port.out;

import java.util.Optional;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.domain.certificate.Certificate;
import org.lms.domain.certificate.VerificationCode;
import org.lms.domain.identity.UserId;

public interface LoadCertificatePort {

    Optional<Certificate> loadCertificate(VerificationCode code);

    /** Newest first. */
    Page<Certificate> listCertificates(UserId studentId, PageRequest page);
}
