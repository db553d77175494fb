package org.lms.adapter.in.rest.auth;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.AuthTokens;
import org.lms.application.port.in.LoginUseCase;

/**
 * Answer of a login step: {@code status} is {@code authenticated} with the token pair, or
 * {@code mfa_required} with a challenge to send to {@code /api/v1/auth/login/mfa} with a code.
 */
@Schema(name = "LoginResponse")
public record LoginResponse(String status, String tokenType, String accessToken, Instant accessTokenExpiresAt,
                            String refreshToken, Instant refreshTokenExpiresAt, String mfaChallenge,
                            Instant mfaChallengeExpiresAt) {

    static LoginResponse of(LoginUseCase.LoginOutcome outcome) {
        if (outcome instanceof LoginUseCase.MfaRequired mfa) {
            return new LoginResponse("mfa_required", null, null, null, null, null, mfa.challenge(), mfa.expiresAt());
        }
        return of(((LoginUseCase.Authenticated) outcome).tokens());
    }

    static LoginResponse of(AuthTokens tokens) {
        return new LoginResponse("authenticated", "Bearer", tokens.accessToken(), tokens.accessTokenExpiresAt(),
                tokens.refreshToken(), tokens.refreshTokenExpiresAt(), null, null);
    }

    @Override
    public String toString() {
        return "LoginResponse[" + status + "]";
    }
}
