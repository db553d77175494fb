package org.lms.domain.certificate.event;

import java.time.Instant;
import java.util.UUID;
import org.lms.domain.certificate.CertificateId;
import org.lms.domain.course.CourseId;
import org.lms.domain.shared.DomainEvent;

/** A certificate was issued for a completed course. */
public record CertificateIssued(UUID eventId, Instant occurredAt, CertificateId certificateId, CourseId courseId)
        implements DomainEvent {

    public static CertificateIssued of(CertificateId certificateId, CourseId courseId, Instant at) {
        return new CertificateIssued(UUID.randomUUID(), at, certificateId, courseId);
    }
}
