package org.lms.application.port.out;

import java.util.Objects;

/** Where the request being served comes from, as far as the edge can tell. */
public interface RequestOriginPort {

    RequestOrigin current();

    /**
     * The client address (after trusted proxies), the user agent (truncated) and the request id;
     * {@link #UNKNOWN} outside of a request, e.g. in a background job.
     */
    record RequestOrigin(String clientAddress, String userAgent, String requestId) {

        public static final String NONE = "-";
        public static final RequestOrigin UNKNOWN = new RequestOrigin(NONE, NONE, NONE);

        public RequestOrigin {
            Objects.requireNonNull(clientAddress, "clientAddress");
            Objects.requireNonNull(userAgent, "userAgent");
            Objects.requireNonNull(requestId, "requestId");
        }
    }
}
