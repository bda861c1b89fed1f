package id.kinerja.rest.internal;

import java.io.IOException;

import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

/**
 * A request body must arrive at least at {@code minBytesPerSecond} on average, counted from the
 * first read of it (the time the request waited for the platform does not count) once a grace
 * period has passed: a client trickling an upload in cannot hold a thread for minutes. Slower, the
 * read fails with {@link TooSlow}, which the API answers with 408.
 */
final class SlowBodies {

    static final long GRACE_MILLIS = 3_000;

    /** A body that arrives too slowly. */
    static final class TooSlow extends IOException {
        private static final long serialVersionUID = 1L;

        TooSlow(long bytes, long millis) {
            super("request body too slow: " + bytes + " bytes in " + millis + " ms");
        }
    }

    private SlowBodies() {
    }

    /** The request, its body read through the rate check (unless the minimum is 0). */
    static HttpServletRequest guard(HttpServletRequest request, long minBytesPerSecond) {
        if (minBytesPerSecond <= 0) {
            return request;
        }
        return new HttpServletRequestWrapper(request) {
            private ServletInputStream guarded;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (guarded == null) {
                    guarded = new Guarded(super.getInputStream(), minBytesPerSecond);
                }
                return guarded;
            }
        };
    }

    /** Whether {@code bytes} read over {@code millis} since the first read are too few. */
    static boolean tooSlow(long bytes, long millis, long minBytesPerSecond) {
        return millis > GRACE_MILLIS && bytes * 1000 < minBytesPerSecond * millis;
    }

    private static final class Guarded extends ServletInputStream {
        private final ServletInputStream in;
        private final long minBytesPerSecond;
        private long firstRead = -1;
        private long bytes;

        Guarded(ServletInputStream in, long minBytesPerSecond) {
            this.in = in;
            this.minBytesPerSecond = minBytesPerSecond;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long now = System.nanoTime();
            if (firstRead < 0) {
                firstRead = now;
            }
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                bytes += n;
            }
            long millis = (System.nanoTime() - firstRead) / 1_000_000;
            if (n >= 0 && tooSlow(bytes, millis, minBytesPerSecond)) {
                throw new TooSlow(bytes, millis);
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
