package org.lms.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Argon2idPasswordHasherTest {

    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();

    /** RFC 9106 section 5.3: Argon2id, t=3, m=32 KiB, p=4, with secret and associated data. */
    @Test
    void matchesThePublishedArgon2idTestVector() {
        byte[] tag = Argon2idPasswordHasher.derive(filled(32, 0x01), filled(16, 0x02), filled(8, 0x03),
                filled(12, 0x04), 32, 3, 4, 32);

        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void storedHashNamesItsParametersAndVerifiesOnlyTheRightPassword() {
        String hash = hasher.hashPassword("correct horse battery staple");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct");
        assertThat(hasher.passwordMatches("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.passwordMatches("correct horse battery stapl3", hash)).isFalse();
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        assertThat(hasher.hashPassword("same password 1")).isNotEqualTo(hasher.hashPassword("same password 1"));
    }

    @Test
    void malformedStoredHashNeverMatches() {
        assertThat(hasher.passwordMatches("anything", "$2a$10$notargon")).isFalse();
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
