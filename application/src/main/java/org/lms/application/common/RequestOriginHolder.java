package org.lms.application.common;

import jakarta.enterprise.context.RequestScoped;
import org.lms.application.port.out.RequestOriginPort.RequestOrigin;

/**
 * The origin of the current request, noted by the REST edge when the request arrives. It lives
 * here, not in the web module, because beans of the libraries cannot see the web module's beans.
 */
@RequestScoped
public class RequestOriginHolder {

    private RequestOrigin origin = RequestOrigin.UNKNOWN;

    public RequestOrigin origin() {
        return origin;
    }

    public void note(RequestOrigin origin) {
        this.origin = origin;
    }
}
