package org.lms.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RfcTotpTest {

    private static final byte[] RFC_SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private final RfcTotp totp = new RfcTotp();

    /** RFC 6238 appendix B, the SHA1 rows (8 digits). */
    @ParameterizedTest
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void matchesTheRfc6238TestVectors(long unixTime, String expected) {
        long step = totp.timeStep(Instant.ofEpochSecond(unixTime));

        assertThat(RfcTotp.code(RFC_SHA1_KEY, step, 8)).isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsOfTheSameValue() {
        assertThat(totp.codeAt(Base32.encode(RFC_SHA1_KEY), totp.timeStep(Instant.ofEpochSecond(59))))
                .isEqualTo("287082");
    }

    @Test
    void newSecretsAre160BitBase32KeysInAnOtpauthUri() {
        String secret = totp.newSecret();

        assertThat(Base32.decode(secret)).hasSize(20);
        assertThat(Base32.encode(Base32.decode(secret))).isEqualTo(secret);
        assertThat(totp.provisioningUri(secret, "ada@example.org"))
                .isEqualTo("otpauth://totp/LMS%3Aada%40example.org?secret=" + secret
                        + "&issuer=LMS&algorithm=SHA1&digits=6&period=30");
    }
}
