package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.MfaUseCase;
import org.lms.application.port.out.LoadUserPort;
import org.lms.application.port.out.PasswordHashPort;
import org.lms.application.port.out.SaveUserPort;
import org.lms.application.port.out.SecurityEventPort;
import org.lms.application.port.out.SecurityEventPort.Type;
import org.lms.application.port.out.TotpPort;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.MfaStateException;
import org.lms.domain.identity.UserAccount;
import org.lms.domain.identity.UserNotFoundException;
import org.lms.domain.shared.AccessDeniedException;

@UseCase
public class MfaService implements MfaUseCase {

    static final int RECOVERY_CODES = 10;

    private LoadUserPort loadUsers;
    private SaveUserPort saveUsers;
    private PasswordHashPort passwords;
    private TotpPort totp;
    private SecondFactor secondFactor;
    private SecurityLog securityLog;

    protected MfaService() {
    }

    @Inject
    public MfaService(LoadUserPort loadUsers, SaveUserPort saveUsers, PasswordHashPort passwords, TotpPort totp,
                      SecurityEventPort securityEvents, Clock clock) {
        this.loadUsers = loadUsers;
        this.saveUsers = saveUsers;
        this.passwords = passwords;
        this.totp = totp;
        this.securityLog = new SecurityLog(securityEvents, clock);
        this.secondFactor = new SecondFactor(totp, securityLog, clock);
    }

    @Override
    public MfaEnrolment beginEnrolment(Actor actor) {
        UserAccount user = load(actor);
        String secret = totp.newSecret();
        user.beginMfaEnrolment(secret);
        saveUsers.updateUser(user);
        return new MfaEnrolment(totp.provisioningUri(secret, user.email().value()), secret);
    }

    @Override
    public List<String> confirmEnrolment(Actor actor, String code) {
        UserAccount user = load(actor);
        if (user.mfaEnabled() || user.totpSecret().isEmpty()) {
            throw new MfaStateException("There is no two-factor enrolment to confirm");
        }
        secondFactor.requireTotp(user, code);
        List<String> codes = Stream.generate(Secrets::newRecoveryCode).limit(RECOVERY_CODES).toList();
        user.confirmMfa(codes.stream().map(Secrets::hash).toList());
        saveUsers.updateUser(user);
        securityLog.record(Type.MFA_ENABLED, user);
        return codes;
    }

    @Override
    public void disable(Actor actor, String password, String code) {
        UserAccount user = load(actor);
        if (!passwords.passwordMatches(password, user.passwordHash())) {
            throw new AccessDeniedException("The password is wrong");
        }
        secondFactor.requireCode(user, code);
        user.disableMfa();
        saveUsers.updateUser(user);
        securityLog.record(Type.MFA_DISABLED, user);
    }

    private UserAccount load(Actor actor) {
        var id = actor.requireUser().id();
        return loadUsers.loadUser(id).orElseThrow(() -> new UserNotFoundException(id));
    }
}
