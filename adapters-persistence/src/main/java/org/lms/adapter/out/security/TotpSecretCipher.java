package org.lms.adapter.out.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Seals TOTP secrets for storage with AES-256-GCM, bound to their account's id (the associated data),
 * so a database dump alone cannot mint second factors and a sealed secret copied to another row does
 * not open. Stored form: {@code v1:} + base64(12-byte nonce + ciphertext + tag). A value without the
 * prefix is a secret stored before sealing; it reads as is and is sealed at the account's next save.
 *
 * <p>The key is 32 random bytes, base64, in the file {@code LMS_TOTP_KEY_FILE} (every node of a cluster
 * must share it). Without it (the embedded default) one is generated at first start in
 * {@code <server data dir>/lms-keys/totp.key}, readable by the server's user only. Losing the key
 * loses every enrolled second factor: back it up with the database.
 */
@ApplicationScoped
public class TotpSecretCipher {

    private static final Logger LOG = Logger.getLogger(TotpSecretCipher.class);
    private static final String PREFIX = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Optional<String> keyFile;
    private SecretKeySpec key;

    protected TotpSecretCipher() {
    }

    @Inject
    public TotpSecretCipher(@ConfigProperty(name = "lms.totp.key-file") Optional<String> keyFile) {
        this.keyFile = keyFile;
    }

    /** For tests outside the container. */
    public static TotpSecretCipher withKey(byte[] key) {
        TotpSecretCipher cipher = new TotpSecretCipher(Optional.empty());
        cipher.key = new SecretKeySpec(key.clone(), "AES");
        return cipher;
    }

    @PostConstruct
    void load() {
        Path file = keyFile.map(Path::of).orElseGet(() -> KeyFiles.defaultFolder().resolve("totp.key"));
        if (keyFile.isEmpty()) {
            generateIfMissing(file);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the TOTP secret key " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The TOTP secret key " + file + " is not base64", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("The TOTP secret key " + file + " must hold " + KEY_BYTES + " bytes");
        }
        key = new SecretKeySpec(bytes, "AES");
    }

    public String seal(UUID account, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, account, nonce, secret.getBytes(StandardCharsets.UTF_8));
        byte[] stored = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
        return PREFIX + Base64.getEncoder().encodeToString(stored);
    }

    public String open(UUID account, String stored) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        byte[] nonce = new byte[NONCE_BYTES];
        System.arraycopy(bytes, 0, nonce, 0, NONCE_BYTES);
        byte[] sealed = new byte[bytes.length - NONCE_BYTES];
        System.arraycopy(bytes, NONCE_BYTES, sealed, 0, sealed.length);
        return new String(run(Cipher.DECRYPT_MODE, account, nonce, sealed), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, UUID account, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(account.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // A wrong key or a tampered value: say so without echoing anything secret.
            throw new IllegalStateException("A stored TOTP secret does not open with the configured key", e);
        }
    }

    private static synchronized void generateIfMissing(Path file) {
        if (Files.exists(file)) {
            return;
        }
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        try {
            KeyFiles.writeOwnerOnly(file, Base64.getEncoder().encodeToString(bytes) + "\n");
            LOG.infof("Generated a TOTP secret key in %s", file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the TOTP secret key in " + file, e);
        }
    }
}
