package org.lms.application.port.in;

import org.lms.domain.ratelimit.Decision;
import org.lms.domain.ratelimit.LimitKey;

/** Counts one request against its limit; refusals and degraded decisions are reported to operators. */
public interface CheckRateLimitUseCase {

    Decision check(LimitKey key);
}
