package dev.flowguard.solution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream fully but never more than a limit, whatever sizes the artifact claims: at most
 * {@code limit} bytes plus one buffer are ever held.
 */
final class BoundedReader {

    /** Declared sizes up to this are believed enough to allocate the array up front. */
    static final long TRUSTED_DECLARED_SIZE = 8L * 1024 * 1024;

    private BoundedReader() {
    }

    /** @param refusal the one-line reason given when the stream holds more than {@code limit} bytes */
    static byte[] readAtMost(InputStream in, long limit, String refusal) throws IOException, UnreadableException {
        return readAtMost(in, limit, refusal, -1);
    }

    /**
     * @param expectedSize the size the artifact declares, or -1: when it is within the limit the bytes are
     *     read straight into an array of that size, saving the copies of a growing buffer; a wrong
     *     declaration only costs the slower path. Only declarations up to {@link #TRUSTED_DECLARED_SIZE} are
     *     believed, so a hostile zip cannot make flowguard allocate the full limit for a tiny entry.
     */
    static byte[] readAtMost(InputStream in, long limit, String refusal, long expectedSize)
            throws IOException, UnreadableException {
        if (expectedSize >= 0 && expectedSize <= limit && expectedSize <= TRUSTED_DECLARED_SIZE) {
            byte[] exact = new byte[(int) expectedSize];
            int read = in.readNBytes(exact, 0, exact.length);
            int next = read == exact.length ? in.read() : -1;
            if (read == exact.length && next < 0) {
                return exact;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(read + 1, 8192));
            out.write(exact, 0, read);
            if (next >= 0) {
                out.write(next);
            }
            return readRest(in, out, read + (next >= 0 ? 1 : 0), limit, refusal);
        }
        return readRest(in, new ByteArrayOutputStream(8192), 0, limit, refusal);
    }

    private static byte[] readRest(InputStream in, ByteArrayOutputStream out, long alreadyRead, long limit,
            String refusal) throws IOException, UnreadableException {
        if (alreadyRead > limit) {
            throw new UnreadableException(refusal);
        }
        byte[] buffer = new byte[16384];
        long total = alreadyRead;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw new UnreadableException(refusal);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
