package org.lms.adapter.out.metrics.sentry;

import io.sentry.SentryBaseEvent;
import io.sentry.protocol.Request;

/**
 * Last line of defence before an event leaves the process: request bodies, query strings,
 * cookies, headers and user addresses are dropped, so tokens and passwords cannot travel.
 */
final class SentryScrubber {

    private SentryScrubber() {
    }

    static <E extends SentryBaseEvent> E scrub(E event) {
        Request request = event.getRequest();
        if (request != null) {
            request.setData(null);
            request.setQueryString(null);
            request.setCookies(null);
            request.setHeaders(null);
            request.setEnvs(null);
        }
        if (event.getUser() != null) {
            event.getUser().setIpAddress(null);
            event.getUser().setEmail(null);
        }
        return event;
    }
}
