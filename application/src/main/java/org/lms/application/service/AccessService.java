package org.lms.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.lms.application.port.in.AuthenticateRequestUseCase;
import org.lms.application.port.out.AccessTokenPort;
import org.lms.application.port.out.AccessTokenPort.VerifiedAccess;
import org.lms.application.port.out.SecurityEventPort;
import org.lms.application.port.out.SecurityEventPort.Type;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.UserId;

/**
 * Checks bearer tokens by signature and expiry alone, with no database read, so that every request
 * stays cheap and keeps working while the database is away; tokens are short-lived for that reason.
 */
@ApplicationScoped
public class AccessService implements AuthenticateRequestUseCase {

    private AccessTokenPort accessTokens;
    private SecurityLog securityLog;

    protected AccessService() {
    }

    @Inject
    public AccessService(AccessTokenPort accessTokens, SecurityEventPort securityEvents, Clock clock) {
        this.accessTokens = accessTokens;
        this.securityLog = new SecurityLog(securityEvents, clock);
    }

    @Override
    public Actor authenticate(String bearerToken) {
        VerifiedAccess access = accessTokens.verifyAccessToken(bearerToken);
        return Actor.user(access.user(), access.roles());
    }

    @Override
    public void reportDenial(Actor actor, int status, EndpointClass endpointClass) {
        var user = actor instanceof Actor.User known ? Optional.of(known.id()) : Optional.<UserId>empty();
        securityLog.record(Type.ACCESS_DENIED, user, status + ":" + endpointClass.name().toLowerCase(Locale.ROOT));
    }
}
