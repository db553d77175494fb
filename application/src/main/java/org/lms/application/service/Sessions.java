package org.lms.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.lms.application.port.in.AuthTokens;
import org.lms.application.port.out.AccessTokenPort;
import org.lms.application.port.out.RefreshTokenPort;
import org.lms.domain.identity.UserAccount;

/** Issues the token pair of a session: a new refresh-token family at login, its next member on refresh. */
final class Sessions {

    static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(14);

    private final AccessTokenPort accessTokens;
    private final RefreshTokenPort refreshTokens;
    private final Clock clock;

    Sessions(AccessTokenPort accessTokens, RefreshTokenPort refreshTokens, Clock clock) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    AuthTokens start(UserAccount user) {
        return continueFamily(user, UUID.randomUUID());
    }

    AuthTokens continueFamily(UserAccount user, UUID familyId) {
        Instant now = clock.instant();
        AccessTokenPort.IssuedAccessToken access = accessTokens.issueAccessToken(user.id(), user.email(), user.roles());
        String refresh = Secrets.newToken();
        Instant refreshExpiresAt = now.plus(REFRESH_TOKEN_LIFETIME);
        refreshTokens.storeRefreshToken(Secrets.hash(refresh), familyId, user.id(), now, refreshExpiresAt);
        return new AuthTokens(access.token(), access.expiresAt(), refresh, refreshExpiresAt);
    }
}
