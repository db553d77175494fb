package org.lms.adapter.in.rest.caller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lms.application.port.in.AuthenticateRequestUseCase;
import org.lms.application.port.in.AuthenticateRequestUseCase.EndpointClass;

/** Reports every 401 and 403 the API answers, whichever layer refused, with a bounded endpoint class. */
@ApplicationScoped
public class AccessDenials {

    private CurrentCaller caller;
    private AuthenticateRequestUseCase access;

    protected AccessDenials() {
    }

    @Inject
    public AccessDenials(CurrentCaller caller, AuthenticateRequestUseCase access) {
        this.caller = caller;
        this.access = access;
    }

    public void report(int status, String path) {
        access.reportDenial(caller.actor(), status, classify(path));
    }

    static EndpointClass classify(String path) {
        String p = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        if (p.startsWith("api/v1/auth") || p.startsWith("api/v1/account")) {
            return EndpointClass.AUTH;
        }
        if (p.startsWith("api/v1/courses")) {
            return EndpointClass.COURSES;
        }
        if (p.startsWith("api/v1/admin")) {
            return EndpointClass.ADMIN;
        }
        return EndpointClass.OTHER;
    }
}
