package dev.flowguard.solution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream fully but never more than a limit, whatever sizes the artifact claims: at most
 * {@code limit} bytes plus one buffer are ever held.
 */
final class BoundedReader {

    private BoundedReader() {
    }

    static byte[] readAtMost(InputStream in, long limit, String refusal) throws IOException, UnreadableException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[16384];
        long total = 0;
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
