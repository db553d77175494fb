package org.lms.adapter.in.rest.ratelimit;

import java.util.Optional;
import java.util.Set;
import org.lms.domain.ratelimit.EndpointClass;

/**
 * Sorts a request into its endpoint class by path and method. Only the API is limited: metrics,
 * OpenAPI and anything else outside {@code /api/} are not.
 */
final class RequestClassifier {

    private static final String API = "api/";
    private static final String AUTH = "api/v1/auth/";
    private static final String SIGN_IN = AUTH + "login";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private RequestClassifier() {
    }

    /** @param path the request path relative to the application root, with or without a leading slash */
    static Optional<EndpointClass> classify(String path, String method) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.startsWith(AUTH)) {
            return Optional.of(EndpointClass.AUTH);
        }
        if (!relative.startsWith(API)) {
            return Optional.empty();
        }
        return Optional.of(READ_METHODS.contains(method) ? EndpointClass.API_READ : EndpointClass.API_WRITE);
    }

    /** Whether the request is a password sign-in attempt (not its second factor, which names an account already). */
    static boolean isSignIn(String path, String method) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return "POST".equals(method) && (relative.equals(SIGN_IN) || relative.equals(SIGN_IN + "/"));
    }
}
