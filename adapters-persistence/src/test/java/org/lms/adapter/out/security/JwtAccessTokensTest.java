package org.lms.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.InvalidCredentialsException;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;

class JwtAccessTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @TempDir
    static Path dataDir;
    private static SigningKeys keys;

    private final UserId user = new UserId(UUID.randomUUID());
    private final JwtAccessTokens tokens = at(NOW);

    @BeforeAll
    static void generatedKeys() {
        System.setProperty("jboss.server.data.dir", dataDir.toString());
        keys = new SigningKeys(Optional.empty(), Optional.empty());
        keys.load();
    }

    private static JwtAccessTokens at(Instant instant) {
        return new JwtAccessTokens(keys, "lms", Clock.fixed(instant, ZoneOffset.UTC));
    }

    private String issue() {
        return tokens.issueAccessToken(user, new EmailAddress("ada@example.org"), Set.of(Role.INSTRUCTOR, Role.STUDENT))
                .token();
    }

    @Test
    void issuedTokenCarriesTheMicroProfileJwtClaimsAndVerifies() {
        String token = issue();
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);

        assertThat(claims).contains("\"sub\":\"" + user + "\"", "\"upn\":\"ada@example.org\"",
                "\"groups\":[\"STUDENT\",\"INSTRUCTOR\"]", "\"iss\":\"lms\"", "\"iat\":", "\"exp\":", "\"jti\":");
        assertThat(tokens.verifyAccessToken(token).user()).isEqualTo(user);
        assertThat(tokens.verifyAccessToken(token).roles()).containsExactlyInAnyOrder(Role.INSTRUCTOR, Role.STUDENT);
    }

    @Test
    void tokenExpiresAfterFifteenMinutes() {
        String token = issue();

        assertThat(at(NOW.plusSeconds(14 * 60)).verifyAccessToken(token).user()).isEqualTo(user);
        assertThatThrownBy(() -> at(NOW.plusSeconds(15 * 60)).verifyAccessToken(token))
                .isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void unsignedTokenWithAlgNoneIsRefused() {
        String[] parts = issue().split("\\.");
        String none = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

        assertRefused(none + "." + parts[1] + ".");
        assertRefused(none + "." + parts[1] + "." + parts[2]);
    }

    @Test
    void otherAlgorithmsAreRefusedEvenWithAValidSignature() {
        String[] parts = issue().split("\\.");
        String hs256 = B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

        assertRefused(hs256 + "." + parts[1] + "." + parts[2]);
    }

    @Test
    void tokenSignedWithAnotherKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var claims = Json.createObjectBuilder().add("iss", "lms").add("sub", user.toString())
                .add("groups", Json.createArrayBuilder().add("ADMIN")).add("exp", NOW.getEpochSecond() + 600).build();

        assertRefused(JwtCodec.sign(claims, generator.generateKeyPair().getPrivate()));
    }

    @Test
    void tamperedClaimsAreRefused() {
        String[] parts = issue().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"STUDENT\"", "\"ADMIN\"");

        assertRefused(parts[0] + "." + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
    }

    @Test
    void tokenOfAnotherIssuerIsRefused() {
        String token = issue();

        assertThatThrownBy(() -> new JwtAccessTokens(keys, "someone-else", Clock.fixed(NOW, ZoneOffset.UTC))
                .verifyAccessToken(token)).isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void garbageIsRefused() {
        assertRefused("not-a-token");
        assertRefused("a.b.c");
        assertRefused("");
    }

    private void assertRefused(String token) {
        assertThatThrownBy(() -> tokens.verifyAccessToken(token)).isInstanceOf(InvalidCredentialsException.class);
    }
}
