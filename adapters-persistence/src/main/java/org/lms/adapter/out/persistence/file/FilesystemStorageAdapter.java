package org.lms.adapter.out.persistence.file;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lms.application.port.out.FileStoragePort;

/**
 * File bytes in one directory ({@code lms.files.dir}, env {@code LMS_FILES_DIR}), each under a
 * random UUID: client names never reach the file system. An upload is written to a temporary file
 * first and renamed into place only when complete, so a broken upload never looks stored.
 */
@ApplicationScoped
public class FilesystemStorageAdapter implements FileStoragePort {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Path directory;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    protected FilesystemStorageAdapter() {
    }

    /** Without {@code lms.files.dir}, files go to {@code lms-files} in the server's data directory. */
    @Inject
    public FilesystemStorageAdapter(@ConfigProperty(name = "lms.files.dir") Optional<String> directory) {
        this(Path.of(directory.orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir",
                System.getProperty("java.io.tmpdir")), "lms-files").toString())));
    }

    /** For tests outside the container. */
    public FilesystemStorageAdapter(Path directory) {
        this.directory = directory;
    }

    @Override
    public StoredContent store(InputStream content) {
        String key = UUID.randomUUID().toString();
        Path target = directory.resolve(key);
        Path partial = null;
        try {
            Files.createDirectories(directory);
            partial = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(content, sha256);
                 OutputStream out = Files.newOutputStream(partial, StandardOpenOption.TRUNCATE_EXISTING)) {
                size = in.transferTo(out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            removeOnRollback(key);
            return new StoredContent(key, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        } finally {
            deleteQuietly(partial);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        try {
            FileChannel channel = FileChannel.open(pathOf(key), StandardOpenOption.READ).position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read stored file " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete stored file " + key, e);
        }
    }

    /** The metadata row is written in the caller's transaction; if it never commits, the bytes must go too. */
    private void removeOnRollback(String key) {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to prepare: the bytes are already in place.
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    deleteQuietly(pathOf(key));
                }
            }
        });
    }

    /** Keys are generated here; anything else is refused before it can name a path. */
    private Path pathOf(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return directory.resolve(key);
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // Best effort: a leftover temporary file holds no metadata and is never served.
        }
    }
}
