package org.lms.application.service;

import jakarta.inject.Inject;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.ChainVerification;
import org.lms.application.port.in.ReviewSecurityEventsUseCase;
import org.lms.application.port.in.SecurityEventView;
import org.lms.application.port.out.SecurityEventStorePort;
import org.lms.domain.identity.Actor;

@UseCase
public class SecurityEventReviewService implements ReviewSecurityEventsUseCase {

    private SecurityEventStorePort store;

    protected SecurityEventReviewService() {
    }

    @Inject
    public SecurityEventReviewService(SecurityEventStorePort store) {
        this.store = store;
    }

    @Override
    public Page<SecurityEventView> list(Actor actor, SecurityEventQuery query, PageRequest page) {
        Admins.require(actor, "read the security event log");
        return store.find(query, page);
    }

    @Override
    public ChainVerification verify(Actor actor) {
        Admins.require(actor, "verify the security event log");
        return store.verify();
    }
}
