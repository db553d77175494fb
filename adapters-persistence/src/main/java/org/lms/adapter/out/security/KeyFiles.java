package org.lms.adapter.out.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.jboss.logging.Logger;

/**
 * Where the keys the server generates for itself live when operators name none (the embedded
 * default), and how a secret key file is written: readable by the server's user only.
 */
final class KeyFiles {

    private static final Logger LOG = Logger.getLogger(KeyFiles.class);

    private KeyFiles() {
    }

    /** {@code <server data dir>/lms-keys} (the temporary directory outside WildFly). */
    static Path defaultFolder() {
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "lms-keys");
    }

    /** Creates {@code file} (it must not exist) readable by the owner only, before the secret is written into it. */
    static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            LOG.debugf("File system without POSIX permissions; %s keeps its default permissions", file);
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
