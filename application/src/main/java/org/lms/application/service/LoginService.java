package org.lms.application.service;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.AuthTokens;
import org.lms.application.port.in.LoginUseCase;
import org.lms.application.port.out.AccessTokenPort;
import org.lms.application.port.out.LoadUserPort;
import org.lms.application.port.out.OneTimeTokenPort;
import org.lms.application.port.out.OneTimeTokenPort.Purpose;
import org.lms.application.port.out.PasswordHashPort;
import org.lms.application.port.out.RefreshTokenPort;
import org.lms.application.port.out.RefreshTokenPort.StoredRefreshToken;
import org.lms.application.port.out.SaveUserPort;
import org.lms.application.port.out.SecurityEventPort;
import org.lms.application.port.out.SecurityEventPort.Type;
import org.lms.application.port.out.TotpPort;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.EmailNotVerifiedException;
import org.lms.domain.identity.InvalidCredentialsException;
import org.lms.domain.identity.UserAccount;

@UseCase
public class LoginService implements LoginUseCase {

    static final Duration MFA_CHALLENGE_LIFETIME = Duration.ofMinutes(5);

    private LoadUserPort loadUsers;
    private SaveUserPort saveUsers;
    private PasswordHashPort passwords;
    private OneTimeTokenPort oneTimeTokens;
    private RefreshTokenPort refreshTokens;
    private Sessions sessions;
    private SecondFactor secondFactor;
    private SecurityLog securityLog;
    private LoginAbuseGuard abuse;
    private Clock clock;
    private String unknownUserHash;

    protected LoginService() {
    }

    @Inject
    public LoginService(LoadUserPort loadUsers, SaveUserPort saveUsers, PasswordHashPort passwords,
                        OneTimeTokenPort oneTimeTokens, RefreshTokenPort refreshTokens, AccessTokenPort accessTokens,
                        TotpPort totp, SecurityEventPort securityEvents, LoginAbuseGuard abuse, Clock clock) {
        this.loadUsers = loadUsers;
        this.saveUsers = saveUsers;
        this.passwords = passwords;
        this.oneTimeTokens = oneTimeTokens;
        this.refreshTokens = refreshTokens;
        this.sessions = new Sessions(accessTokens, refreshTokens, clock);
        this.securityLog = new SecurityLog(securityEvents, clock);
        this.secondFactor = new SecondFactor(totp, securityLog, clock);
        this.abuse = abuse;
        this.clock = clock;
    }

    @Override
    public LoginOutcome login(EmailAddress email, String password) {
        abuse.requireNotLocked(email);
        Optional<UserAccount> found = loadUsers.loadUserByEmail(email);
        // An unknown email costs the same hash as a known one, so response times do not tell them apart.
        String hash = found.map(UserAccount::passwordHash).orElseGet(this::unknownUserHash);
        if (!passwords.passwordMatches(password, hash) || found.isEmpty()) {
            securityLog.record(Type.LOGIN_FAILED, found.map(UserAccount::id), "password");
            abuse.loginFailed(email, found.map(UserAccount::id));
            throw new InvalidCredentialsException();
        }
        UserAccount user = found.get();
        // The password was right: whatever follows, the failures before it are what the rule looks at.
        abuse.loginSucceeded(email, user.id());
        if (!user.emailVerified()) {
            securityLog.record(Type.LOGIN_FAILED, user, "password");
            throw new EmailNotVerifiedException();
        }
        if (user.mfaEnabled()) {
            String challenge = Secrets.newToken();
            Instant expiresAt = clock.instant().plus(MFA_CHALLENGE_LIFETIME);
            oneTimeTokens.storeToken(Purpose.MFA_CHALLENGE, Secrets.hash(challenge), user.id(), expiresAt);
            securityLog.record(Type.MFA_CHALLENGE_ISSUED, user);
            return new MfaRequired(challenge, expiresAt);
        }
        securityLog.record(Type.LOGIN_SUCCEEDED, user, "password");
        return new Authenticated(sessions.start(user));
    }

    @Override
    public AuthTokens completeMfaLogin(String challenge, String code) {
        String challengeHash = Secrets.hash(challenge);
        UserAccount user = oneTimeTokens.peekToken(Purpose.MFA_CHALLENGE, challengeHash, clock.instant())
                .flatMap(loadUsers::loadUser)
                .orElseThrow(() -> {
                    securityLog.record(Type.MFA_FAILED, Optional.empty(), "mfa");
                    return new InvalidCredentialsException();
                });
        try {
            secondFactor.requireCode(user, code);
        } catch (InvalidCredentialsException e) {
            securityLog.record(Type.MFA_FAILED, user, "mfa");
            abuse.mfaFailed(user.id());
            throw e;
        }
        oneTimeTokens.consumeToken(Purpose.MFA_CHALLENGE, challengeHash, clock.instant());
        UserAccount stored = saveUsers.updateUser(user);
        securityLog.record(Type.MFA_SUCCEEDED, user, "mfa");
        return sessions.start(stored);
    }

    /** A reused token's family is revoked, and that revocation must commit although the call fails. */
    @Override
    @Transactional(rollbackOn = Exception.class, dontRollbackOn = InvalidCredentialsException.class)
    public AuthTokens refresh(String refreshToken) {
        Instant now = clock.instant();
        StoredRefreshToken stored = refreshTokens.findRefreshToken(Secrets.hash(refreshToken))
                .filter(token -> token.expiresAt().isAfter(now))
                .orElseThrow(() -> {
                    securityLog.record(Type.REFRESH_FAILED, Optional.empty(), "refresh");
                    return new InvalidCredentialsException();
                });
        if (stored.retired()) {
            refreshTokens.revokeFamily(stored.familyId(), now);
            securityLog.record(Type.REFRESH_TOKEN_REUSED, Optional.of(stored.user()), "refresh");
            abuse.refreshTokenReused(stored.user());
            throw new InvalidCredentialsException();
        }
        refreshTokens.retireRefreshToken(stored.tokenHash(), now);
        UserAccount user = loadUsers.loadUser(stored.user()).orElseThrow(InvalidCredentialsException::new);
        securityLog.record(Type.TOKEN_REFRESHED, user, "refresh");
        return sessions.continueFamily(user, stored.familyId());
    }

    @Override
    public void logout(Actor actor) {
        Actor.User user = actor.requireUser();
        refreshTokens.revokeAllOf(user.id(), clock.instant());
        securityLog.record(Type.LOGGED_OUT, Optional.of(user.id()), "");
    }

    private String unknownUserHash() {
        if (unknownUserHash == null) {
            unknownUserHash = passwords.hashPassword(Secrets.newToken());
        }
        return unknownUserHash;
    }
}
