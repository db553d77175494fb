package org.lms.adapter.out.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.lms.application.port.out.TotpPort;

/**
 * TOTP as RFC 6238 defines it with the parameters every authenticator app supports: HMAC-SHA1,
 * 30-second steps from the Unix epoch, 6 digits, 160-bit keys (RFC 4226 section 4 recommends 160).
 */
@ApplicationScoped
public class RfcTotp implements TotpPort {

    static final long STEP_SECONDS = 30;
    static final int DIGITS = 6;
    private static final int KEY_BYTES = 20;
    private static final String ISSUER = "LMS";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String newSecret() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base32.encode(key);
    }

    @Override
    public String codeAt(String base32Secret, long timeStep) {
        return code(Base32.decode(base32Secret), timeStep, DIGITS);
    }

    @Override
    public long timeStep(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    @Override
    public String provisioningUri(String base32Secret, String accountName) {
        String label = encode(ISSUER + ":" + accountName);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** RFC 4226 HOTP of the step counter with dynamic truncation to {@code digits} digits. */
    static String code(byte[] key, long timeStep, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(timeStep).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int modulus = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulus);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
