package org.lms.application.port.out;

import org.lms.domain.ratelimit.EndpointClass;

/** Tells operators about refused requests and about decisions taken without counters. */
public interface RateLimitEventsPort {

    void limitExceeded(EndpointClass endpointClass);

    void limiterUnavailable(EndpointClass endpointClass, boolean allowed);
}
