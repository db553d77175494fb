package org.lms.adapter.out.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lms.adapter.out.persistence.TestPersistence;
import org.lms.adapter.out.security.TotpSecretCipher;
import org.lms.application.port.out.OneTimeTokenPort.Purpose;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.DisplayName;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.EmailTakenException;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserAccount;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.ConflictException;

/** Accounts and tokens against a real PostgreSQL with the production migrations. */
class IdentityPersistenceAdapterIT {

    private static TestPersistence db;
    private static final TotpSecretCipher TOTP = TotpSecretCipher.withKey(new byte[32]);
    private final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    private final Actor admin = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.ADMIN));

    @BeforeAll
    static void database() throws Exception {
        db = TestPersistence.open("identity_adapter", UserJpaEntity.class, OneTimeTokenJpaEntity.class, RefreshTokenJpaEntity.class);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return db.inTransaction(work);
    }

    private UserAccount newUser() {
        return UserAccount.register(new EmailAddress("User." + UUID.randomUUID() + "@Example.ORG"),
                new DisplayName("Ada"), "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", clock);
    }

    @Test
    void accountWithRolesAndSecondFactorLoadsBackEqual() {
        UserAccount user = inTransaction(em -> new UserPersistenceAdapter(em, TOTP).insertUser(newUser()));
        user.verifyEmail();
        user.grant(admin, Role.INSTRUCTOR);
        user.beginMfaEnrolment("JBSWY3DPEHPK3PXP");
        user.acceptTotpStep(1000);
        user.confirmMfa(List.of("h1", "h2"));
        inTransaction(em -> new UserPersistenceAdapter(em, TOTP).updateUser(user));

        UserAccount loaded = inTransaction(em -> new UserPersistenceAdapter(em, TOTP).loadUserByEmail(user.email()))
                .orElseThrow();
        assertThat(loaded.email().value()).endsWith("@example.org");
        assertThat(loaded.roles()).containsExactlyInAnyOrder(Role.STUDENT, Role.INSTRUCTOR);
        assertThat(loaded.emailVerified()).isTrue();
        assertThat(loaded.mfaEnabled()).isTrue();
        assertThat(loaded.lastTotpStep()).isEqualTo(1000);
        assertThat(loaded.recoveryCodeHashes()).containsExactly("h1", "h2");
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.totpSecret()).contains("JBSWY3DPEHPK3PXP");
    }

    private String storedSecret(UserId id) {
        return inTransaction(em -> (String) em.createNativeQuery("SELECT totp_secret FROM users WHERE id = ?1")
                .setParameter(1, id.value()).getSingleResult());
    }

    private void storeSecret(UserId id, String stored) {
        inTransaction(em -> em.createNativeQuery("UPDATE users SET totp_secret = ?2 WHERE id = ?1")
                .setParameter(1, id.value()).setParameter(2, stored).executeUpdate());
    }

    @Test
    void theTotpSecretIsStoredSealedAndOpensOnlyForItsOwnAccount() {
        UserAccount user = inTransaction(em -> new UserPersistenceAdapter(em, TOTP).insertUser(newUser()));
        user.beginMfaEnrolment("JBSWY3DPEHPK3PXP");
        inTransaction(em -> new UserPersistenceAdapter(em, TOTP).updateUser(user));
        String sealed = storedSecret(user.id());
        assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");

        UserAccount other = inTransaction(em -> new UserPersistenceAdapter(em, TOTP).insertUser(newUser()));
        storeSecret(other.id(), sealed);
        assertThatThrownBy(() -> inTransaction(em -> new UserPersistenceAdapter(em, TOTP).loadUser(other.id())))
                .as("a sealed secret copied to another account").hasStackTraceContaining("does not open");
        assertThatThrownBy(() -> inTransaction(em -> new UserPersistenceAdapter(em,
                TotpSecretCipher.withKey(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
                        20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32})).loadUser(user.id())))
                .as("another key").hasStackTraceContaining("does not open");

        storeSecret(other.id(), "KRSXG5CTMVRXEZLU");
        UserAccount legacy = inTransaction(em -> new UserPersistenceAdapter(em, TOTP).loadUser(other.id())).orElseThrow();
        assertThat(legacy.totpSecret()).as("stored before sealing").contains("KRSXG5CTMVRXEZLU");
        inTransaction(em -> new UserPersistenceAdapter(em, TOTP).updateUser(legacy));
        assertThat(storedSecret(other.id())).as("sealed at the next save").startsWith("v1:");
    }

    @Test
    void emailIsUniqueAndStaleUpdatesAreRefused() {
        UserAccount user = inTransaction(em -> new UserPersistenceAdapter(em, TOTP).insertUser(newUser()));
        UserAccount twin = UserAccount.register(user.email(), new DisplayName("Twin"), "x", clock);

        assertThatThrownBy(() -> inTransaction(em -> new UserPersistenceAdapter(em, TOTP).insertUser(twin)))
                .isInstanceOf(EmailTakenException.class);
        user.verifyEmail();
        inTransaction(em -> new UserPersistenceAdapter(em, TOTP).updateUser(user));
        assertThatThrownBy(() -> inTransaction(em -> new UserPersistenceAdapter(em, TOTP).updateUser(user)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void oneTimeTokenWorksOnceAndOnlyBeforeItExpires() {
        UserAccount user = inTransaction(em -> new UserPersistenceAdapter(em, TOTP).insertUser(newUser()));
        Instant now = clock.instant();
        inTransaction(em -> {
            new TokenPersistenceAdapter(em).storeToken(Purpose.PASSWORD_RESET, "a".repeat(64), user.id(), now.plusSeconds(60));
            return null;
        });

        assertThat(consume(Purpose.EMAIL_VERIFICATION, now)).isEmpty();
        Optional<UserId> afterExpiry = inTransaction(em -> new TokenPersistenceAdapter(em)
                .peekToken(Purpose.PASSWORD_RESET, "a".repeat(64), now.plusSeconds(61)));
        assertThat(afterExpiry).isEmpty();
        assertThat(consume(Purpose.PASSWORD_RESET, now)).contains(user.id());
        assertThat(consume(Purpose.PASSWORD_RESET, now)).isEmpty();
    }

    private Optional<UserId> consume(Purpose purpose, Instant now) {
        return inTransaction(em -> new TokenPersistenceAdapter(em).consumeToken(purpose, "a".repeat(64), now));
    }

    @Test
    void revokingAFamilyRetiresEveryTokenInItButNoOther() {
        UserAccount user = inTransaction(em -> new UserPersistenceAdapter(em, TOTP).insertUser(newUser()));
        UUID family = UUID.randomUUID();
        UUID otherFamily = UUID.randomUUID();
        Instant now = clock.instant();
        inTransaction(em -> {
            TokenPersistenceAdapter tokens = new TokenPersistenceAdapter(em);
            tokens.storeRefreshToken("1".repeat(64), family, user.id(), now, now.plusSeconds(600));
            tokens.storeRefreshToken("2".repeat(64), family, user.id(), now, now.plusSeconds(600));
            tokens.storeRefreshToken("3".repeat(64), otherFamily, user.id(), now, now.plusSeconds(600));
            return null;
        });

        inTransaction(em -> {
            new TokenPersistenceAdapter(em).revokeFamily(family, now);
            return null;
        });

        assertThat(inTransaction(em -> new TokenPersistenceAdapter(em).findRefreshToken("1".repeat(64)))
                .orElseThrow().retired()).isTrue();
        assertThat(inTransaction(em -> new TokenPersistenceAdapter(em).findRefreshToken("2".repeat(64)))
                .orElseThrow().retired()).isTrue();
        assertThat(inTransaction(em -> new TokenPersistenceAdapter(em).findRefreshToken("3".repeat(64)))
                .orElseThrow().retired()).isFalse();
        inTransaction(em -> {
            new TokenPersistenceAdapter(em).revokeAllOf(user.id(), now);
            return null;
        });
        assertThat(inTransaction(em -> new TokenPersistenceAdapter(em).findRefreshToken("3".repeat(64)))
                .orElseThrow().retired()).isTrue();
    }
}
