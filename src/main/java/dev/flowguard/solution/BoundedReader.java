package dev.flowguard.solution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream fully but never more than a limit, whatever sizes the artifact claims. */
final class BoundedReader {

    private static final int TRUSTED_DECLARED_SIZE = 8 * 1024 * 1024;

    private BoundedReader() {
    }

    static byte[] readAtMost(InputStream in, long limit, String limitName) throws IOException, UnreadableException {
        return readAtMost(in, limit, limitName, -1);
    }

    /**
     * @param expectedSize the size the artifact declares, or -1: when it is within the limit the bytes are
     *     read straight into an array of that size, saving the copies of a growing buffer; a wrong
     *     declaration only costs the slower path. Only declarations up to {@link #TRUSTED_DECLARED_SIZE} are
     *     believed, so a hostile zip cannot make flowguard allocate the full limit for a tiny entry.
     */
    static byte[] readAtMost(InputStream in, long limit, String limitName, long expectedSize)
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
            return readRest(in, out, read + (next >= 0 ? 1 : 0), limit, limitName);
        }
        return readRest(in, new ByteArrayOutputStream(8192), 0, limit, limitName);
    }

    private static byte[] readRest(InputStream in, ByteArrayOutputStream out, long alreadyRead, long limit,
            String limitName) throws IOException, UnreadableException {
        if (alreadyRead > limit) {
            throw new UnreadableException("larger than the " + limitName + " limit of " + limit + " bytes");
        }
        byte[] buffer = new byte[16384];
        long total = alreadyRead;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw new UnreadableException("larger than the " + limitName + " limit of " + limit + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
