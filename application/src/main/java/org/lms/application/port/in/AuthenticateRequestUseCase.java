package org.lms.application.port.in;

import org.lms.domain.identity.Actor;

/** Who is behind a request: the verified bearer token's user, and the record of refused requests. */
public interface AuthenticateRequestUseCase {

    /** The user a valid access token names; throws {@code InvalidCredentialsException} otherwise. */
    Actor authenticate(String bearerToken);

    /** Endpoint classes of access denials, a bounded set for metrics and the security log. */
    enum EndpointClass { AUTH, COURSES, ADMIN, OTHER }

    /** A request was refused with 401 or 403. */
    void reportDenial(Actor actor, int status, EndpointClass endpointClass);
}
