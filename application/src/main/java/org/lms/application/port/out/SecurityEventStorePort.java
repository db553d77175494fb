package org.lms.application.port.out;

import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.ChainVerification;
import org.lms.application.port.in.ReviewSecurityEventsUseCase.SecurityEventQuery;
import org.lms.application.port.in.SecurityEventView;
import org.lms.application.port.out.RequestOriginPort.RequestOrigin;
import org.lms.application.port.out.SecurityEventPort.SecurityEvent;

/** The append-only, hash-chained security event log. */
public interface SecurityEventStorePort {

    /**
     * Appends the event at the head of the chain in a transaction of its own, committed when this
     * returns: the event stays even when the caller's work (a refused login) is rolled back.
     */
    void append(SecurityEvent event, RequestOrigin origin);

    /** Newest first. */
    Page<SecurityEventView> find(SecurityEventQuery query, PageRequest page);

    ChainVerification verify();
}
