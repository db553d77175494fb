package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.CertificateView;
import org.lms.application.port.in.RevokeCertificateUseCase;
import org.lms.application.port.out.LoadCertificatePort;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.application.port.out.SaveCertificatePort;
import org.lms.domain.certificate.Certificate;

/** Checks the caller is an admin before looking the code up, so others learn nothing about codes here. */
@UseCase
public class RevokeCertificateService implements RevokeCertificateUseCase {

    private ManagedCertificates certificates;
    private SaveCertificatePort saveCertificates;
    private PublishEventsPort events;
    private Clock clock;

    protected RevokeCertificateService() {
    }

    @Inject
    public RevokeCertificateService(LoadCertificatePort loadCertificates, SaveCertificatePort saveCertificates,
                                    PublishEventsPort events, Clock clock) {
        this.certificates = new ManagedCertificates(loadCertificates);
        this.saveCertificates = saveCertificates;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public CertificateView revoke(RevokeCertificateCommand command) {
        Admins.require(command.actor(), "revoke certificates");
        Certificate certificate = certificates.load(command.code());
        certificate.revoke(command.actor(), command.reason(), clock.instant());
        saveCertificates.updateCertificate(certificate);
        events.publish(certificate.pullEvents());
        return CertificateView.of(certificate);
    }
}
