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
    void refusesInvalidUtf8RatherThanMisreadingIt() {
        byte[] bytes = "{\"password\":\"xx\"}".getBytes(StandardCharsets.UTF_8);
        bytes[13] = (byte) 0xC3; // a lead byte followed by '(' instead of a continuation byte
        bytes[14] = (byte) 0x28;

        UnreadableException e = assertThrows(UnreadableException.class, () -> reader.parse(bytes));
        assertEquals("not valid JSON: invalid UTF-8", e.getMessage());
    }

    @Test
    void parsesUtf8WithBom() throws Exception {
        byte[] body = "{\"a\":\"ü\"}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
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
