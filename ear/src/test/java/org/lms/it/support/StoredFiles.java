package org.lms.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The file bytes the server under test keeps (its default storage folder in the data directory). */
public final class StoredFiles {

    private StoredFiles() {
    }

    /** How many files the storage folder holds now; a refused upload must leave this unchanged. */
    public static long count() {
        Path dir = Path.of(System.getProperty("jboss.home"), "standalone", "data", "lms-files");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
