package org.lms.adapter.out.security;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.lms.domain.identity.InvalidCredentialsException;

/**
 * Compact JWS with RS256 only (RFC 7515/7519). Verification is deliberately narrow: the header must
 * name {@code RS256}, so {@code none}, HMAC-with-the-public-key and every other algorithm confusion
 * are refused before any signature is checked; then signature, issuer and expiry.
 */
final class JwtCodec {

    private static final String ALGORITHM = "RS256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private JwtCodec() {
    }

    static String sign(JsonObject claims, PrivateKey key) {
        String header = encode(Json.createObjectBuilder().add("alg", ALGORITHM).add("typ", "JWT").build());
        String signingInput = header + "." + encode(claims);
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + ENCODER.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    /** The claims of a token signed by {@code key}, issued by {@code issuer}, not expired at {@code now}. */
    static JsonObject verify(String token, PublicKey key, String issuer, Instant now) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidCredentialsException();
        }
        try {
            JsonObject header = decode(parts[0]);
            if (!ALGORITHM.equals(header.getString("alg", null)) || header.containsKey("crit")) {
                throw new InvalidCredentialsException();
            }
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(DECODER.decode(parts[2]))) {
                throw new InvalidCredentialsException();
            }
            JsonObject claims = decode(parts[1]);
            if (!issuer.equals(claims.getString("iss", null))
                    || !claims.containsKey("exp")
                    || now.getEpochSecond() >= claims.getJsonNumber("exp").longValueExact()) {
                throw new InvalidCredentialsException();
            }
            return claims;
        } catch (GeneralSecurityException | IllegalArgumentException | JsonException | ClassCastException
                 | ArithmeticException e) {
            throw new InvalidCredentialsException();
        }
    }

    private static String encode(JsonObject json) {
        return ENCODER.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject decode(String part) {
        try (var reader = Json.createReader(new StringReader(new String(DECODER.decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }
}
