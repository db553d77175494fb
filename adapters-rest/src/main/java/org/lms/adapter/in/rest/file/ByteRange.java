package org.lms.adapter.in.rest.file;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a file (RFC 9110 section 14). Only a single range is served partially; a
 * header that does not parse, or asks for several ranges, is ignored and the whole file is sent,
 * as the RFC allows. A range that starts past the end is 416 with {@code Content-Range: bytes *}/size.
 */
record ByteRange(long first, long last, long size) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    long length() {
        return last - first + 1;
    }

    String contentRange() {
        return "bytes " + first + "-" + last + "/" + size;
    }

    static Optional<ByteRange> parse(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return Optional.empty();
        }
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            if (suffix == 0) {
                throw unsatisfiable(size);
            }
            return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1, size));
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
        if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < first) {
            return Optional.empty();
        }
        if (first >= size) {
            throw unsatisfiable(size);
        }
        return Optional.of(new ByteRange(first, last, size));
    }

    private static WebApplicationException unsatisfiable(long size) {
        return new WebApplicationException("The range starts beyond the file's " + size + " bytes",
                Response.status(416).header("Content-Range", "bytes */" + size).build());
    }
}
