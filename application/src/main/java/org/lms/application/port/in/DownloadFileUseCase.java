package org.lms.application.port.in;

import java.io.InputStream;
import java.util.Objects;
import org.lms.domain.file.FileId;
import org.lms.domain.identity.Actor;

/** Reads a file: the course's staff, enrolled students for material, the author for a submission. */
public interface DownloadFileUseCase {

    FileDownload open(DownloadFileQuery query);

    record DownloadFileQuery(Actor actor, FileId fileId) {

        public DownloadFileQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(fileId, "fileId");
        }
    }

    /** Reads {@code length} bytes from {@code offset}; the stream must be closed by the reader. */
    @FunctionalInterface
    interface ByteRangeReader {
        InputStream open(long offset, long length);
    }

    /** A file the caller may read: its metadata and a way to read its bytes, wholly or in part. */
    record FileDownload(FileView file, ByteRangeReader bytes) {

        public FileDownload {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(bytes, "bytes");
        }
    }
}
