package org.lms.application.port.in;

import java.time.Instant;

/** A signed access token and the refresh token that renews it. */
public record AuthTokens(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
                         Instant refreshTokenExpiresAt) {

    @Override
    public String toString() {
        return "AuthTokens[access expires " + accessTokenExpiresAt + ", refresh expires " + refreshTokenExpiresAt + "]";
    }
}
