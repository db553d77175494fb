package org.lms.domain.ratelimit;

import java.util.EnumMap;
import java.util.Map;

/** One policy for every endpoint class, as configured. */
public record RateLimitPolicies(Map<EndpointClass, LimitPolicy> policies) {

    public RateLimitPolicies {
        EnumMap<EndpointClass, LimitPolicy> copy = new EnumMap<>(EndpointClass.class);
        copy.putAll(policies);
        for (EndpointClass endpointClass : EndpointClass.values()) {
            LimitPolicy policy = copy.get(endpointClass);
            if (policy == null || policy.endpointClass() != endpointClass) {
                throw new IllegalArgumentException("No policy for " + endpointClass);
            }
        }
        policies = Map.copyOf(copy);
    }

    public static RateLimitPolicies perMinute(int auth, int apiRead, int apiWrite) {
        return new RateLimitPolicies(Map.of(
                EndpointClass.AUTH, LimitPolicy.perMinute(EndpointClass.AUTH, auth),
                EndpointClass.API_READ, LimitPolicy.perMinute(EndpointClass.API_READ, apiRead),
                EndpointClass.API_WRITE, LimitPolicy.perMinute(EndpointClass.API_WRITE, apiWrite)));
    }

    public LimitPolicy of(EndpointClass endpointClass) {
        return policies.get(endpointClass);
    }
}
