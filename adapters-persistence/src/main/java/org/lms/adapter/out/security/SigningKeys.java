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
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The RSA key pair that signs access tokens. Operators name PEM files with
 * {@code LMS_JWT_PRIVATE_KEY_FILE} (PKCS#8) and {@code LMS_JWT_PUBLIC_KEY_FILE} (X.509
 * SubjectPublicKeyInfo); every node of a cluster must share them. Without them (the embedded
 * default) a 2048-bit pair is generated at first start in {@code <server data dir>/lms-keys/},
 * readable by the server's user only, and reused after restarts so issued tokens stay valid.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    private static final String PRIVATE_FILE = "jwt-private.pem";
    private static final String PUBLIC_FILE = "jwt-public.pem";

    private Optional<String> privateKeyFile;
    private Optional<String> publicKeyFile;
    private PrivateKey privateKey;
    private PublicKey publicKey;

    protected SigningKeys() {
    }

    @Inject
    public SigningKeys(@ConfigProperty(name = "lms.jwt.private-key-file") Optional<String> privateKeyFile,
                       @ConfigProperty(name = "lms.jwt.public-key-file") Optional<String> publicKeyFile) {
        this.privateKeyFile = privateKeyFile;
        this.publicKeyFile = publicKeyFile;
    }

    @PostConstruct
    void load() {
        Path privatePath;
        Path publicPath;
        if (privateKeyFile.isPresent() && publicKeyFile.isPresent()) {
            privatePath = Path.of(privateKeyFile.get());
            publicPath = Path.of(publicKeyFile.get());
        } else {
            Path folder = KeyFiles.defaultFolder();
            privatePath = folder.resolve(PRIVATE_FILE);
            publicPath = folder.resolve(PUBLIC_FILE);
            generateIfMissing(folder, privatePath, publicPath);
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privatePath)));
            publicKey = rsa.generatePublic(new X509EncodedKeySpec(readPem(publicPath)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The token signing keys are not RSA keys in PEM form", e);
        }
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    PublicKey publicKey() {
        return publicKey;
    }

    private static synchronized void generateIfMissing(Path folder, Path privatePath, Path publicPath) {
        if (Files.exists(privatePath) && Files.exists(publicPath)) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            // One of the pair without the other is useless: both are made anew.
            Files.deleteIfExists(privatePath);
            Files.deleteIfExists(publicPath);
            KeyFiles.writeOwnerOnly(privatePath, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicPath, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            LOG.infof("Generated a token signing key pair in %s", folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the token signing keys in " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime can generate RSA keys", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file) {
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read token key " + file, e);
        }
    }
}
