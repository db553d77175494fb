package org.lms.adapter.in.rest.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Adds every byte read to {@code counter[0]}, for transfer metrics of uploads whose use case returns no size. */
public final class CountingInputStream extends FilterInputStream {

    private final long[] counter;

    public CountingInputStream(InputStream in, long[] counter) {
        super(in);
        this.counter = counter;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counter[0]++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counter[0] += n;
        }
        return n;
    }
}
