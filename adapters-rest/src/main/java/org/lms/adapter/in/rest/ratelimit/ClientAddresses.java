package org.lms.adapter.in.rest.ratelimit;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from. The socket peer, unless the peer is one of the trusted
 * proxies ({@code LMS_TRUSTED_PROXIES}): then the right-most {@code X-Forwarded-For} entry that is
 * not itself a trusted proxy, because everything left of it is whatever the client chose to send.
 */
final class ClientAddresses {

    private final Set<String> trustedProxies;

    ClientAddresses(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    static ClientAddresses trusting(String commaSeparated) {
        return new ClientAddresses(Arrays.stream(commaSeparated.split(","))
                .map(String::trim).filter(address -> !address.isEmpty()).collect(Collectors.toSet()));
    }

    String clientOf(String peer, List<String> forwardedFor) {
        if (!trustedProxies.contains(peer) || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> hops = forwardedFor.stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::trim).filter(hop -> !hop.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return peer;
    }
}
