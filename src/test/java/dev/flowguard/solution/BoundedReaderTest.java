package dev.flowguard.solution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A zip's declared sizes speed reading up but are never believed over the bytes themselves. */
class BoundedReaderTest {

    private static final byte[] FLOW = "{\"properties\":{\"definition\":{\"triggers\":{}}}}".getBytes(StandardCharsets.UTF_8);

    @Test
    void readsTheBytesWhateverSizeIsDeclared() throws Exception {
        for (long declared : new long[] {-1, 0, 10, FLOW.length, FLOW.length + 1, 10_000}) {
            assertArrayEquals(FLOW, BoundedReader.readAtMost(new ByteArrayInputStream(FLOW), 1000, "test", declared),
                    "declared " + declared);
        }
    }

    @Test
    void refusesMoreThanTheLimitEvenWhenTheDeclaredSizeIsSmall() {
        for (long declared : new long[] {-1, 5, 10}) {
            UnreadableException e = assertThrows(UnreadableException.class,
                    () -> BoundedReader.readAtMost(new ByteArrayInputStream(FLOW), 10,
                            "larger than the per-entry inflated size limit of 10 bytes", declared));
            assertTrue(e.getMessage().equals("larger than the per-entry inflated size limit of 10 bytes"), e.getMessage());
        }
    }
}
