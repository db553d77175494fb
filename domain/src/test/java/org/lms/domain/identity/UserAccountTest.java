package org.lms.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.domain.shared.AccessDeniedException;

class UserAccountTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
    private final UserAccount user = UserAccount.register(new EmailAddress("ada@example.org"), new DisplayName("Ada"),
            "hash", clock);

    @Test
    void newAccountIsAnUnverifiedStudentWithoutMfa() {
        assertThat(user.roles()).containsExactly(Role.STUDENT);
        assertThat(user.emailVerified()).isFalse();
        assertThat(user.mfaEnabled()).isFalse();
    }

    @Test
    void onlyAnAdminGrantsRoles() {
        Actor instructor = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.INSTRUCTOR));
        Actor admin = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.ADMIN));

        assertThatThrownBy(() -> user.grant(instructor, Role.INSTRUCTOR)).isInstanceOf(AccessDeniedException.class);
        user.grant(admin, Role.INSTRUCTOR);
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.STUDENT, Role.INSTRUCTOR);
    }

    @Test
    void onlyAnAdminRevokesRolesAndNeitherTheLastRoleNorTheirOwnAdminRole() {
        Actor instructor = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.INSTRUCTOR));
        Actor admin = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.ADMIN));
        user.grant(admin, Role.INSTRUCTOR);

        assertThatThrownBy(() -> user.revoke(instructor, Role.INSTRUCTOR)).isInstanceOf(AccessDeniedException.class);
        assertThat(user.revoke(admin, Role.INSTRUCTOR)).isTrue();
        assertThat(user.revoke(admin, Role.INSTRUCTOR)).as("already gone").isFalse();
        assertThat(user.roles()).containsExactly(Role.STUDENT);
        assertThatThrownBy(() -> user.revoke(admin, Role.STUDENT)).isInstanceOf(RoleRevocationRefusedException.class)
                .hasMessageContaining("only role");

        user.grant(admin, Role.ADMIN);
        Actor self = Actor.user(user.id(), Set.of(Role.STUDENT, Role.ADMIN));
        assertThatThrownBy(() -> user.revoke(self, Role.ADMIN)).isInstanceOf(RoleRevocationRefusedException.class)
                .hasMessageContaining("own ADMIN");
        assertThat(user.revoke(self, Role.STUDENT)).as("their other roles they may drop").isTrue();
        assertThat(user.roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void totpStepCannotBeUsedTwiceNorAnEarlierOne() {
        user.acceptTotpStep(100);

        assertThatThrownBy(() -> user.acceptTotpStep(100)).isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> user.acceptTotpStep(99)).isInstanceOf(InvalidCredentialsException.class);
        user.acceptTotpStep(101);
    }

    @Test
    void mfaIsOnlyConfirmedAfterEnrolmentAndRecoveryCodesWorkOnce() {
        assertThatThrownBy(() -> user.confirmMfa(List.of())).isInstanceOf(MfaStateException.class);
        user.beginMfaEnrolment("SECRET");
        user.confirmMfa(List.of("h1", "h2"));

        assertThat(user.mfaEnabled()).isTrue();
        assertThatThrownBy(() -> user.beginMfaEnrolment("OTHER")).isInstanceOf(MfaStateException.class);
        user.useRecoveryCode("h1");
        assertThatThrownBy(() -> user.useRecoveryCode("h1")).isInstanceOf(InvalidCredentialsException.class);
        user.disableMfa();
        assertThat(user.totpSecret()).isEmpty();
        assertThat(user.recoveryCodeHashes()).isEmpty();
    }
}
