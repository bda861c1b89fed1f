package id.kinerja.staff.internal.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import id.kinerja.core.api.KinerjaException;

/** Refuses to read past a size limit (HTTP 413 semantics, reported as a 400 with a message). */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        count += n;
        if (count > limit) {
            throw KinerjaException.badRequest("FILE_TOO_LARGE", "file",
                    "Berkas terlalu besar (paling besar " + limit / (1024 * 1024) + " MB)",
                    "The file is too large (at most " + limit / (1024 * 1024) + " MB)");
        }
    }
}
