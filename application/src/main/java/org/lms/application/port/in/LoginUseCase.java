package org.lms.application.port.in;

import java.time.Instant;
import java.util.Objects;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.EmailAddress;

/**
 * Password login (with a second TOTP or recovery-code step when MFA is on), refresh-token rotation
 * and logout. Every failure is the same {@code InvalidCredentialsException}.
 */
public interface LoginUseCase {

    LoginOutcome login(EmailAddress email, String password);

    AuthTokens completeMfaLogin(String challenge, String code);

    AuthTokens refresh(String refreshToken);

    /** Ends every session of the caller: all refresh tokens are revoked. */
    void logout(Actor actor);

    /** Either tokens, or a short-lived challenge to answer with a second factor. */
    sealed interface LoginOutcome permits Authenticated, MfaRequired {
    }

    record Authenticated(AuthTokens tokens) implements LoginOutcome {

        public Authenticated {
            Objects.requireNonNull(tokens, "tokens");
        }
    }

    record MfaRequired(String challenge, Instant expiresAt) implements LoginOutcome {

        @Override
        public String toString() {
            return "MfaRequired[expires " + expiresAt + "]";
        }
    }
}
