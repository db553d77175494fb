package org.lms.adapter.out.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.lms.application.port.out.PasswordHashPort;

/**
 * Argon2id (RFC 9106) with OWASP's recommended minimum: 19 MiB of memory, 2 passes, 1 lane, a
 * 16-byte random salt and a 32-byte tag; about 30-60 ms per hash on one core. Hashes are stored in
 * the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$tag}), so raising the parameters
 * later still verifies the hashes stored with the old ones.
 */
@ApplicationScoped
public class Argon2idPasswordHasher implements PasswordHashPort {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int SALT_BYTES = 16;
    static final int TAG_BYTES = 32;

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String hashPassword(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] tag = derive(password.getBytes(StandardCharsets.UTF_8), salt, null, null,
                MEMORY_KIB, ITERATIONS, PARALLELISM, TAG_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(tag);
    }

    @Override
    public boolean passwordMatches(String password, String encodedHash) {
        Matcher phc = PHC.matcher(encodedHash);
        if (!phc.matches()) {
            return false;
        }
        byte[] expected = B64_DECODER.decode(phc.group(5));
        byte[] actual = derive(password.getBytes(StandardCharsets.UTF_8), B64_DECODER.decode(phc.group(4)), null, null,
                Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)), Integer.parseInt(phc.group(3)),
                expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Raw Argon2id, version 0x13; {@code secret} and {@code associatedData} may be null. */
    static byte[] derive(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, int memoryKib,
                         int iterations, int parallelism, int tagBytes) {
        Argon2Parameters.Builder parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism);
        if (secret != null) {
            parameters.withSecret(secret);
        }
        if (associatedData != null) {
            parameters.withAdditional(associatedData);
        }
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters.build());
        byte[] tag = new byte[tagBytes];
        generator.generateBytes(password, tag);
        return tag;
    }
}
