package org.lms.application.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import org.lms.application.port.out.RequestOriginPort;

/** The current request's origin; {@code UNKNOWN} where there is no request, as in background jobs. */
@ApplicationScoped
public class CurrentRequestOrigin implements RequestOriginPort {

    private RequestOriginHolder holder;

    protected CurrentRequestOrigin() {
    }

    @Inject
    public CurrentRequestOrigin(RequestOriginHolder holder) {
        this.holder = holder;
    }

    @Override
    public RequestOrigin current() {
        try {
            return holder.origin();
        } catch (ContextNotActiveException e) {
            return RequestOrigin.UNKNOWN;
        }
    }
}
