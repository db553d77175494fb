package org.lms.domain.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.domain.certificate.event.CertificateIssued;
import org.lms.domain.certificate.event.CertificateRevoked;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.DisplayName;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.AuthenticationRequiredException;
import org.lms.domain.shared.InvalidValueException;

class CertificateTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private final UserId studentId = new UserId(UUID.randomUUID());
    private final UserId instructorId = new UserId(UUID.randomUUID());
    private final Actor admin = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.ADMIN));

    private Certificate issued() {
        return Certificate.issue(new CourseId(UUID.randomUUID()), studentId, new DisplayName("Ada Lovelace"), "Algorithms",
                new SecureRandom(), NOW);
    }

    @Test
    void generatedCodesAreTwentyBase32CharactersAndDistinct() {
        Set<String> seen = new HashSet<>();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCode.generate(random).value();
            assertThat(code).matches("[A-Z2-7]{20}");
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void codesUseTheWholeAlphabet() {
        Random seeded = new Random(7);
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            VerificationCode.generate(seeded).value().chars().forEach(c -> used.add((char) c));
        }
        assertThat(used).hasSize(32);
    }

    @Test
    void typedCodesAreReadCaseInsensitivelyAndMalformedOnesRefused() {
        assertThat(VerificationCode.parse(" abcdefghijklmnopqr27 ").value()).isEqualTo("ABCDEFGHIJKLMNOPQR27");
        for (String bad : new String[] {"", "SHORT", "ABCDEFGHIJKLMNOPQR01", "ABCDEFGHIJKLMNOPQR2734", "../../etc/passwd"}) {
            assertThatThrownBy(() -> VerificationCode.parse(bad)).isInstanceOf(InvalidValueException.class);
        }
        assertThatThrownBy(() -> VerificationCode.parse(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void issuingAnnouncesAValidCertificateNamedAfterTheStudentsDisplayName() {
        Certificate certificate = issued();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.holderName()).isEqualTo("Ada Lovelace");
        assertThat(certificate.issuedAt()).isEqualTo(NOW);
        assertThat(certificate.pullEvents()).singleElement().isInstanceOf(CertificateIssued.class);
        assertThat(certificate.pullEvents()).isEmpty();
    }

    @Test
    void anAdminRevokesOnceWithAReason() {
        Certificate certificate = issued();
        certificate.pullEvents();
        certificate.revoke(admin, "  Plagiarised assignment ", NOW.plusSeconds(60));
        assertThat(certificate.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(certificate.revocationReason()).contains("Plagiarised assignment");
        assertThat(certificate.revokedAt()).contains(NOW.plusSeconds(60));
        assertThat(certificate.pullEvents()).singleElement().isInstanceOf(CertificateRevoked.class);

        assertThatThrownBy(() -> certificate.revoke(admin, "again", NOW.plusSeconds(120)))
                .isInstanceOf(CertificateAlreadyRevokedException.class);
        assertThat(certificate.revocationReason()).contains("Plagiarised assignment");
    }

    @Test
    void onlyAdminsRevokeAndAlwaysWithAReason() {
        Certificate certificate = issued();
        Actor instructor = Actor.user(instructorId, Set.of(Role.INSTRUCTOR));
        Actor holder = Actor.user(studentId, Set.of(Role.STUDENT));
        assertThatThrownBy(() -> certificate.revoke(instructor, "no", NOW)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certificate.revoke(holder, "no", NOW)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certificate.revoke(Actor.anonymous(), "no", NOW))
                .isInstanceOf(AuthenticationRequiredException.class);
        assertThatThrownBy(() -> certificate.revoke(admin, "  ", NOW)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> certificate.revoke(admin, "x".repeat(501), NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void theHolderTheInstructorAndAdminsSeeTheCertificate() {
        Certificate certificate = issued();
        assertThat(certificate.isVisibleTo(Actor.user(studentId, Set.of(Role.STUDENT)), instructorId)).isTrue();
        assertThat(certificate.isVisibleTo(Actor.user(instructorId, Set.of(Role.INSTRUCTOR)), instructorId)).isTrue();
        assertThat(certificate.isVisibleTo(admin, instructorId)).isTrue();
        assertThat(certificate.isVisibleTo(Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.STUDENT)),
                instructorId)).isFalse();
        assertThat(certificate.isVisibleTo(Actor.anonymous(), instructorId)).isFalse();
    }
}
