package org.lms.adapter.in.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lms.domain.ratelimit.EndpointClass;

class ClientAddressesTest {

    private final ClientAddresses behindProxy = ClientAddresses.trusting(" 10.0.0.5, 10.0.0.6 ,");

    @Test
    void forwardedForIsIgnoredUnlessThePeerIsATrustedProxy() {
        assertThat(ClientAddresses.trusting("").clientOf("203.0.113.4", List.of("198.51.100.1")))
                .isEqualTo("203.0.113.4");
        assertThat(behindProxy.clientOf("203.0.113.4", List.of("198.51.100.1"))).isEqualTo("203.0.113.4");
    }

    @Test
    void theRightMostUntrustedHopIsTheClientSoSpoofedEntriesOnTheLeftDoNotCount() {
        assertThat(behindProxy.clientOf("10.0.0.5", List.of("1.1.1.1, 198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(behindProxy.clientOf("10.0.0.5", List.of("198.51.100.1", "10.0.0.6"))).isEqualTo("198.51.100.1");
    }

    @Test
    void aTrustedPeerWithoutForwardedForIsItselfTheClient() {
        assertThat(behindProxy.clientOf("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
        assertThat(behindProxy.clientOf("10.0.0.5", List.of("10.0.0.6"))).isEqualTo("10.0.0.5");
    }

    @Test
    void requestsAreClassifiedByPathAndMethod() {
        assertThat(RequestClassifier.classify("/api/v1/auth/login", "POST")).contains(EndpointClass.AUTH);
        assertThat(RequestClassifier.classify("api/v1/auth/verify", "GET")).contains(EndpointClass.AUTH);
        assertThat(RequestClassifier.classify("/api/v1/courses", "GET")).contains(EndpointClass.API_READ);
        assertThat(RequestClassifier.classify("/api/v1/courses", "HEAD")).contains(EndpointClass.API_READ);
        assertThat(RequestClassifier.classify("/api/v1/courses/1", "PUT")).contains(EndpointClass.API_WRITE);
        assertThat(RequestClassifier.classify("/api/v1/authors", "POST")).contains(EndpointClass.API_WRITE);
        assertThat(RequestClassifier.classify("/metrics", "GET")).isEmpty();
        assertThat(RequestClassifier.classify("/openapi", "GET")).isEmpty();
    }
}
