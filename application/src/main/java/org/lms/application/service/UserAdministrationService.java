package org.lms.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import org.lms.application.common.UseCase;
import org.lms.application.port.in.UserAdministrationUseCase;
import org.lms.application.port.in.UserView;
import org.lms.application.port.out.LoadUserPort;
import org.lms.application.port.out.PasswordHashPort;
import org.lms.application.port.out.RefreshTokenPort;
import org.lms.application.port.out.SaveUserPort;
import org.lms.application.port.out.SecurityEventPort;
import org.lms.application.port.out.SecurityEventPort.Type;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.PasswordPolicy;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserAccount;
import org.lms.domain.identity.UserId;
import org.lms.domain.identity.UserNotFoundException;

@UseCase
public class UserAdministrationService implements UserAdministrationUseCase {

    private LoadUserPort loadUsers;
    private SaveUserPort saveUsers;
    private PasswordHashPort passwords;
    private RefreshTokenPort refreshTokens;
    private SecurityLog securityLog;
    private Clock clock;

    protected UserAdministrationService() {
    }

    @Inject
    public UserAdministrationService(LoadUserPort loadUsers, SaveUserPort saveUsers, PasswordHashPort passwords,
                                     RefreshTokenPort refreshTokens, SecurityEventPort securityEvents, Clock clock) {
        this.loadUsers = loadUsers;
        this.saveUsers = saveUsers;
        this.passwords = passwords;
        this.refreshTokens = refreshTokens;
        this.securityLog = new SecurityLog(securityEvents, clock);
        this.clock = clock;
    }

    @Override
    public UserView currentUser(Actor actor) {
        UserId id = actor.requireUser().id();
        return UserView.of(loadUsers.loadUser(id).orElseThrow(() -> new UserNotFoundException(id)));
    }

    @Override
    public UserView grantRole(Actor actor, UserId id, Role role) {
        UserAccount user = loadUsers.loadUser(id).orElseThrow(() -> new UserNotFoundException(id));
        user.grant(actor, role);
        UserAccount stored = saveUsers.updateUser(user);
        securityLog.record(Type.ROLE_GRANTED, user, roleChange(role, actor));
        return UserView.of(stored);
    }

    @Override
    public UserView revokeRole(Actor actor, UserId id, Role role) {
        UserAccount user = loadUsers.loadUser(id).orElseThrow(() -> new UserNotFoundException(id));
        if (!user.revoke(actor, role)) {
            return UserView.of(user);
        }
        UserAccount stored = saveUsers.updateUser(user);
        refreshTokens.revokeAllOf(user.id(), clock.instant());
        securityLog.record(Type.ROLE_REVOKED, user, roleChange(role, actor));
        return UserView.of(stored);
    }

    /** The event's user is the one whose roles changed; the details name the role and the admin who changed it. */
    private static String roleChange(Role role, Actor admin) {
        return role.name().toLowerCase(Locale.ROOT) + " by " + admin.requireUser().id();
    }

    @Override
    public void bootstrapAdmin(EmailAddress email, String password) {
        if (loadUsers.anyAdminExists() || loadUsers.loadUserByEmail(email).isPresent()) {
            return;
        }
        PasswordPolicy.check(password, email);
        UserAccount admin = saveUsers.insertUser(UserAccount.firstAdmin(email, passwords.hashPassword(password), clock));
        securityLog.record(Type.ROLE_GRANTED, admin, "admin");
    }
}
