package org.lms.application.service;

import jakarta.inject.Inject;
import org.lms.application.common.Page;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.BrowseCertificatesUseCase;
import org.lms.application.port.in.CertificateView;
import org.lms.application.port.in.VerifyCertificateUseCase;
import org.lms.application.port.out.LoadCertificatePort;
import org.lms.application.port.out.LoadCoursePort;
import org.lms.domain.certificate.Certificate;
import org.lms.domain.certificate.CertificateNotFoundException;
import org.lms.domain.identity.Actor;

/** Public verification by code, and the full certificate for those who may see it. */
@UseCase
public class BrowseCertificatesService implements VerifyCertificateUseCase, BrowseCertificatesUseCase {

    private ManagedCertificates certificates;
    private LoadCertificatePort loadCertificates;
    private LoadCoursePort loadCourses;

    protected BrowseCertificatesService() {
    }

    @Inject
    public BrowseCertificatesService(LoadCertificatePort loadCertificates, LoadCoursePort loadCourses) {
        this.certificates = new ManagedCertificates(loadCertificates);
        this.loadCertificates = loadCertificates;
        this.loadCourses = loadCourses;
    }

    @Override
    public CertificateView verify(String code) {
        return CertificateView.of(certificates.load(code));
    }

    @Override
    public CertificateView find(Actor actor, String code) {
        actor.requireUser();
        Certificate certificate = certificates.load(code);
        boolean visible = loadCourses.loadCourse(certificate.courseId())
                .map(course -> certificate.isVisibleTo(actor, course.instructorId()))
                .orElse(false);
        if (!visible) {
            throw new CertificateNotFoundException();
        }
        return CertificateView.of(certificate);
    }

    @Override
    public Page<CertificateView> listOwn(OwnCertificatesQuery query) {
        return loadCertificates.listCertificates(query.actor().requireUser().id(), query.page())
                .map(CertificateView::of);
    }
}
