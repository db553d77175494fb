package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.RegisterUserUseCase;
import org.lms.application.port.in.UserView;
import org.lms.application.port.out.LoadUserPort;
import org.lms.application.port.out.MailPort;
import org.lms.application.port.out.MailPort.MailKind;
import org.lms.application.port.out.MailPort.OutgoingMail;
import org.lms.application.port.out.OneTimeTokenPort;
import org.lms.application.port.out.OneTimeTokenPort.Purpose;
import org.lms.application.port.out.PasswordHashPort;
import org.lms.application.port.out.SaveUserPort;
import org.lms.application.port.out.SecurityEventPort;
import org.lms.application.port.out.SecurityEventPort.Type;
import org.lms.domain.identity.EmailTakenException;
import org.lms.domain.identity.InvalidCredentialsException;
import org.lms.domain.identity.PasswordPolicy;
import org.lms.domain.identity.UserAccount;

@UseCase
public class RegistrationService implements RegisterUserUseCase {

    static final Duration VERIFICATION_LIFETIME = Duration.ofHours(24);

    private LoadUserPort loadUsers;
    private SaveUserPort saveUsers;
    private PasswordHashPort passwords;
    private OneTimeTokenPort oneTimeTokens;
    private MailPort mail;
    private SecurityLog securityLog;
    private Clock clock;

    protected RegistrationService() {
    }

    @Inject
    public RegistrationService(LoadUserPort loadUsers, SaveUserPort saveUsers, PasswordHashPort passwords,
                               OneTimeTokenPort oneTimeTokens, MailPort mail, SecurityEventPort securityEvents,
                               Clock clock) {
        this.loadUsers = loadUsers;
        this.saveUsers = saveUsers;
        this.passwords = passwords;
        this.oneTimeTokens = oneTimeTokens;
        this.mail = mail;
        this.securityLog = new SecurityLog(securityEvents, clock);
        this.clock = clock;
    }

    @Override
    public UserView register(RegisterCommand command) {
        PasswordPolicy.check(command.password(), command.email());
        if (loadUsers.loadUserByEmail(command.email()).isPresent()) {
            throw new EmailTakenException();
        }
        UserAccount user = saveUsers.insertUser(UserAccount.register(command.email(), command.name(),
                passwords.hashPassword(command.password()), clock));
        String token = Secrets.newToken();
        oneTimeTokens.storeToken(Purpose.EMAIL_VERIFICATION, Secrets.hash(token), user.id(),
                clock.instant().plus(VERIFICATION_LIFETIME));
        mail.send(new OutgoingMail(user.email(), MailKind.EMAIL_VERIFICATION, "Confirm your email address",
                "Welcome, " + user.name().value() + ".\n\nTo confirm this email address, send this verification "
                        + "token to POST /api/v1/auth/verify-email within 24 hours:\n\n" + token + "\n"));
        securityLog.record(Type.REGISTERED, user);
        securityLog.record(Type.EMAIL_VERIFICATION_SENT, user);
        return UserView.of(user);
    }

    @Override
    public void verifyEmail(String token) {
        UserAccount user = oneTimeTokens.consumeToken(Purpose.EMAIL_VERIFICATION, Secrets.hash(token), clock.instant())
                .flatMap(loadUsers::loadUser)
                .orElseThrow(InvalidCredentialsException::new);
        user.verifyEmail();
        saveUsers.updateUser(user);
        securityLog.record(Type.EMAIL_VERIFIED, user);
    }
}
