package dev.flowguard.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    private final ReadLimits small = new ReadLimits(100, 1 << 20, 1 << 22, 100, 20, 64);
    private final JsonReader reader = new JsonReader(small);

    @Test
    void parsesUtf16WithBom() throws Exception {
        byte[] body = "{\"a\":\"ü\"}".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertEquals("ü", reader.parse(bytes).path("a").asText());
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deep = "[".repeat(25) + "]".repeat(25);
        UnreadableException e = assertThrows(UnreadableException.class,
                () -> reader.parse(deep.getBytes(StandardCharsets.UTF_8)));
        assertEquals("JSON nested deeper than the limit of 20 levels", e.getMessage());
    }

    @Test
    void refusesStringsLongerThanTheLimit() {
        String longString = "{\"a\":\"" + "x".repeat(10_000) + "\"}";
        UnreadableException e = assertThrows(UnreadableException.class,
                () -> reader.parse(longString.getBytes(StandardCharsets.UTF_8)));
        assertEquals("JSON string longer than the limit of 64 characters", e.getMessage());
    }

    @Test
    void describesSyntaxErrorsWithoutQuotingTheContent() {
        String broken = "{\"password\": \"hunter2-secret-value\" \"next\": 1}";
        UnreadableException e = assertThrows(UnreadableException.class,
                () -> reader.parse(broken.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("not valid JSON: unexpected character at line 1"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"));

        UnreadableException truncated = assertThrows(UnreadableException.class,
                () -> reader.parse("{\"a\": [1, 2".getBytes(StandardCharsets.UTF_8)));
        assertTrue(truncated.getMessage().contains("unexpected end of input"), truncated.getMessage());
    }

    @Test
    void refusesAnEmptyFile() {
        assertThrows(UnreadableException.class, () -> reader.parse(new byte[0]));
    }
}
