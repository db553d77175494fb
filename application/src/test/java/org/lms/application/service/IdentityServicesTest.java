package org.lms.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.application.port.in.AuthTokens;
import org.lms.application.port.in.LoginUseCase.Authenticated;
import org.lms.application.port.in.LoginUseCase.MfaRequired;
import org.lms.application.port.in.RegisterUserUseCase.RegisterCommand;
import org.lms.application.port.out.SecurityEventPort.Type;
import org.lms.domain.abuse.AbusePolicies;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.DisplayName;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.EmailNotVerifiedException;
import org.lms.domain.identity.InvalidCredentialsException;
import org.lms.domain.identity.PasswordPolicy.WeakPasswordException;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;

class IdentityServicesTest {

    private static final String PASSWORD = "Correct-Horse-42";
    private final InMemoryIdentity store = new InMemoryIdentity();
    private final Clock clock = Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
    private final RegistrationService registration = new RegistrationService(store, store, store, store, store, store, clock);
    private final InMemoryAbuseCounters abuse = new InMemoryAbuseCounters();
    private final LoginService login = new LoginService(store, store, store, store, store, store, store, store,
            new LoginAbuseGuard(abuse, abuse, abuse, AbusePolicies.of(5, 20, 10, 5, 3, 5), store, clock), clock);
    private final PasswordService passwords = new PasswordService(store, store, store, store, store, store, store, clock);
    private final MfaService mfa = new MfaService(store, store, store, store, store, clock);
    private final EmailAddress email = new EmailAddress("ada@example.org");

    private UserId registerAndVerify() {
        UserId id = new UserId(registration.register(new RegisterCommand(email, new DisplayName("Ada"), PASSWORD)).id());
        registration.verifyEmail(store.lastTokenMailedTo(email));
        return id;
    }

    private AuthTokens tokens() {
        return ((Authenticated) login.login(email, PASSWORD)).tokens();
    }

    @Test
    void registeredUserMustVerifyTheEmailBeforeLoggingIn() {
        registration.register(new RegisterCommand(email, new DisplayName("Ada"), PASSWORD));
        assertThatThrownBy(() -> login.login(email, PASSWORD)).isInstanceOf(EmailNotVerifiedException.class);

        String token = store.lastTokenMailedTo(email);
        registration.verifyEmail(token);
        assertThatThrownBy(() -> registration.verifyEmail(token)).isInstanceOf(InvalidCredentialsException.class);
        assertThat(login.login(email, PASSWORD)).isInstanceOf(Authenticated.class);
        assertThat(store.events).extracting(e -> e.type()).contains(Type.REGISTERED, Type.EMAIL_VERIFIED, Type.LOGIN_SUCCEEDED);
    }

    @Test
    void weakPasswordIsRefusedAtRegistration() {
        assertThatThrownBy(() -> registration.register(new RegisterCommand(email, new DisplayName("Ada"), "ada-ada-ada-1")))
                .isInstanceOf(WeakPasswordException.class);
    }

    @Test
    void wrongPasswordAndUnknownEmailFailAlikeAndAreRecorded() {
        registerAndVerify();

        assertThatThrownBy(() -> login.login(email, "Wrong-Horse-42")).isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> login.login(new EmailAddress("nobody@example.org"), PASSWORD))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(store.events).filteredOn(e -> e.type() == Type.LOGIN_FAILED).hasSize(2);
    }

    @Test
    void refreshRotatesAndReuseRevokesTheFamily() {
        registerAndVerify();
        AuthTokens first = tokens();
        AuthTokens second = login.refresh(first.refreshToken());

        assertThatThrownBy(() -> login.refresh(first.refreshToken())).isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> login.refresh(second.refreshToken())).isInstanceOf(InvalidCredentialsException.class);
        assertThat(store.events).extracting(e -> e.type()).contains(Type.REFRESH_TOKEN_REUSED);
    }

    @Test
    void passwordResetRevokesSessionsAndNeverTellsWhetherTheEmailExists() {
        UserId id = registerAndVerify();
        AuthTokens session = tokens();
        int mailsBefore = store.mails.size();

        passwords.requestPasswordReset(new EmailAddress("nobody@example.org"));
        assertThat(store.mails).hasSize(mailsBefore);
        passwords.requestPasswordReset(email);
        passwords.completePasswordReset(store.lastTokenMailedTo(email), "Brand-New-Pass-7");

        assertThatThrownBy(() -> login.refresh(session.refreshToken())).isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> login.login(email, PASSWORD)).isInstanceOf(InvalidCredentialsException.class);
        assertThat(login.login(email, "Brand-New-Pass-7")).isInstanceOf(Authenticated.class);
        assertThat(store.loadUser(id).orElseThrow().passwordHash()).isEqualTo("hashed:Brand-New-Pass-7");
    }

    @Test
    void mfaLoginNeedsAFreshCodeOrAnUnusedRecoveryCode() {
        UserId id = registerAndVerify();
        Actor me = Actor.user(id, java.util.Set.of());
        String secret = mfa.beginEnrolment(me).secret();
        long step = clock.instant().getEpochSecond() / 30;
        List<String> recovery = mfa.confirmEnrolment(me, store.codeAt(secret, step));
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

        MfaRequired challenge = (MfaRequired) login.login(email, PASSWORD);
        assertThatThrownBy(() -> login.completeMfaLogin(challenge.challenge(), store.codeAt(secret, step)))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(login.completeMfaLogin(challenge.challenge(), store.codeAt(secret, step + 1)).accessToken()).isNotBlank();
        assertThatThrownBy(() -> login.completeMfaLogin(challenge.challenge(), recovery.get(0)))
                .as("a challenge is used up by a successful second step")
                .isInstanceOf(InvalidCredentialsException.class);

        MfaRequired again = (MfaRequired) login.login(email, PASSWORD);
        login.completeMfaLogin(again.challenge(), recovery.get(0));
        MfaRequired third = (MfaRequired) login.login(email, PASSWORD);
        assertThatThrownBy(() -> login.completeMfaLogin(third.challenge(), recovery.get(0)))
                .isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void disablingMfaNeedsThePasswordAndACode() {
        UserId id = registerAndVerify();
        Actor me = Actor.user(id, java.util.Set.of());
        String secret = mfa.beginEnrolment(me).secret();
        long step = clock.instant().getEpochSecond() / 30;
        List<String> recovery = mfa.confirmEnrolment(me, store.codeAt(secret, step));

        assertThatThrownBy(() -> mfa.disable(me, "Wrong-Horse-42", recovery.get(1)))
                .isInstanceOf(org.lms.domain.shared.AccessDeniedException.class);
        mfa.disable(me, PASSWORD, recovery.get(1));
        assertThat(login.login(email, PASSWORD)).isInstanceOf(Authenticated.class);
    }

    @Test
    void bootstrapCreatesTheFirstAdminOnlyOnce() {
        var admins = new UserAdministrationService(store, store, store, store, store, clock);
        admins.bootstrapAdmin(new EmailAddress("root@example.org"), "Admin-Pass-2026");
        admins.bootstrapAdmin(new EmailAddress("other@example.org"), "Admin-Pass-2026");

        assertThat(store.loadUserByEmail(new EmailAddress("root@example.org"))).isPresent();
        assertThat(store.loadUserByEmail(new EmailAddress("other@example.org"))).isEmpty();
        assertThat(UUID.fromString(((Authenticated) login.login(new EmailAddress("root@example.org"), "Admin-Pass-2026"))
                .tokens().accessToken().substring("access:".length()))).isNotNull();
    }

    @Test
    void revokingARoleEndsTheSessionsSoTheNextSignInCarriesTheRolesLeft() {
        UserId id = registerAndVerify();
        var admins = new UserAdministrationService(store, store, store, store, store, clock);
        Actor admin = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.ADMIN));
        admins.grantRole(admin, id, Role.INSTRUCTOR);
        AuthTokens session = tokens();

        assertThat(admins.revokeRole(admin, id, Role.INSTRUCTOR).roles()).containsExactly(Role.STUDENT);
        assertThatThrownBy(() -> login.refresh(session.refreshToken())).isInstanceOf(InvalidCredentialsException.class);
        assertThat(store.events).filteredOn(e -> e.type() == Type.ROLE_REVOKED).singleElement()
                .satisfies(e -> assertThat(e.qualifier()).isEqualTo("instructor by " + admin.requireUser().id()));
        AuthTokens next = tokens();
        assertThat(admins.revokeRole(admin, id, Role.INSTRUCTOR).roles()).as("nothing left to revoke")
                .containsExactly(Role.STUDENT);
        assertThat(login.refresh(next.refreshToken())).as("an unchanged revocation ends no session").isNotNull();
    }
}
