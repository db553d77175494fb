package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.PasswordUseCase;
import org.lms.application.port.out.LoadUserPort;
import org.lms.application.port.out.MailPort;
import org.lms.application.port.out.MailPort.MailKind;
import org.lms.application.port.out.MailPort.OutgoingMail;
import org.lms.application.port.out.OneTimeTokenPort;
import org.lms.application.port.out.OneTimeTokenPort.Purpose;
import org.lms.application.port.out.PasswordHashPort;
import org.lms.application.port.out.RefreshTokenPort;
import org.lms.application.port.out.SaveUserPort;
import org.lms.application.port.out.SecurityEventPort;
import org.lms.application.port.out.SecurityEventPort.Type;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.InvalidCredentialsException;
import org.lms.domain.identity.PasswordPolicy;
import org.lms.domain.identity.UserAccount;
import org.lms.domain.identity.UserNotFoundException;
import org.lms.domain.shared.AccessDeniedException;

@UseCase
public class PasswordService implements PasswordUseCase {

    static final Duration RESET_LIFETIME = Duration.ofMinutes(30);

    private LoadUserPort loadUsers;
    private SaveUserPort saveUsers;
    private PasswordHashPort passwords;
    private OneTimeTokenPort oneTimeTokens;
    private RefreshTokenPort refreshTokens;
    private MailPort mail;
    private SecurityLog securityLog;
    private Clock clock;

    protected PasswordService() {
    }

    @Inject
    public PasswordService(LoadUserPort loadUsers, SaveUserPort saveUsers, PasswordHashPort passwords,
                           OneTimeTokenPort oneTimeTokens, RefreshTokenPort refreshTokens, MailPort mail,
                           SecurityEventPort securityEvents, Clock clock) {
        this.loadUsers = loadUsers;
        this.saveUsers = saveUsers;
        this.passwords = passwords;
        this.oneTimeTokens = oneTimeTokens;
        this.refreshTokens = refreshTokens;
        this.mail = mail;
        this.securityLog = new SecurityLog(securityEvents, clock);
        this.clock = clock;
    }

    @Override
    public void changePassword(Actor actor, String currentPassword, String newPassword) {
        UserAccount user = loadUsers.loadUser(actor.requireUser().id())
                .orElseThrow(() -> new UserNotFoundException(actor.requireUser().id()));
        if (!passwords.passwordMatches(currentPassword, user.passwordHash())) {
            throw new AccessDeniedException("The current password is wrong");
        }
        replacePassword(user, newPassword);
        securityLog.record(Type.PASSWORD_CHANGED, user);
    }

    @Override
    public void requestPasswordReset(EmailAddress email) {
        Optional<UserAccount> found = loadUsers.loadUserByEmail(email);
        securityLog.record(Type.PASSWORD_RESET_REQUESTED, found.map(UserAccount::id), "");
        found.ifPresent(user -> {
            String token = Secrets.newToken();
            oneTimeTokens.storeToken(Purpose.PASSWORD_RESET, Secrets.hash(token), user.id(),
                    clock.instant().plus(RESET_LIFETIME));
            mail.send(new OutgoingMail(user.email(), MailKind.PASSWORD_RESET, "Reset your password",
                    "Someone asked to reset the password of this account. If it was you, send this reset token "
                            + "with a new password to POST /api/v1/auth/password-reset/complete within 30 minutes:"
                            + "\n\n" + token + "\n\nIf it was not you, ignore this message.\n"));
        });
    }

    @Override
    public void completePasswordReset(String token, String newPassword) {
        UserAccount user = oneTimeTokens.consumeToken(Purpose.PASSWORD_RESET, Secrets.hash(token), clock.instant())
                .flatMap(loadUsers::loadUser)
                .orElseThrow(InvalidCredentialsException::new);
        // The mailed token proves the address as well as a verification token would.
        user.verifyEmail();
        replacePassword(user, newPassword);
        oneTimeTokens.discardTokens(Purpose.PASSWORD_RESET, user.id());
        securityLog.record(Type.PASSWORD_RESET_COMPLETED, user);
    }

    /** A new password ends every session: whoever knew the old one may be holding a refresh token. */
    private void replacePassword(UserAccount user, String newPassword) {
        PasswordPolicy.check(newPassword, user.email());
        user.changePasswordHash(passwords.hashPassword(newPassword));
        saveUsers.updateUser(user);
        refreshTokens.revokeAllOf(user.id(), clock.instant());
    }
}
