package org.lms.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.out.LoadCertificatePort;
import org.lms.application.port.out.SaveCertificatePort;
import org.lms.domain.certificate.Certificate;
import org.lms.domain.certificate.VerificationCode;
import org.lms.domain.identity.UserId;

/** Certificates in memory, unique per student and course like the table. */
final class InMemoryCertificates implements LoadCertificatePort, SaveCertificatePort {

    final List<Certificate> stored = new ArrayList<>();

    @Override
    public Optional<Certificate> loadCertificate(VerificationCode code) {
        return stored.stream().filter(c -> c.code().equals(code)).findFirst().map(InMemoryCertificates::copy);
    }

    @Override
    public Page<Certificate> listCertificates(UserId studentId, PageRequest page) {
        List<Certificate> own = stored.stream().filter(c -> c.studentId().equals(studentId))
                .sorted(Comparator.comparing(Certificate::issuedAt).reversed()).toList();
        return new Page<>(own.stream().skip(page.offset()).limit(page.limit()).toList(), own.size(), page.offset(),
                page.limit());
    }

    @Override
    public boolean insertCertificateIfAbsent(Certificate certificate) {
        boolean taken = stored.stream().anyMatch(c -> c.studentId().equals(certificate.studentId())
                && c.courseId().equals(certificate.courseId()));
        if (!taken) {
            stored.add(copy(certificate));
        }
        return !taken;
    }

    @Override
    public void updateCertificate(Certificate certificate) {
        stored.replaceAll(c -> c.id().equals(certificate.id()) ? copy(certificate) : c);
    }

    private static Certificate copy(Certificate c) {
        return Certificate.restore(c.id(), c.code(), c.courseId(), c.studentId(), c.courseTitle(), c.holderName(),
                c.issuedAt(), c.revokedAt(), c.revocationReason());
    }
}
