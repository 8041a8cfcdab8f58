package dev.flowguard.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static byte[] concat(byte[] bom, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(body);
        return out.toByteArray();
    }

    @Test
    void decodesUtf8WithAndWithoutBom() throws Exception {
        byte[] body = "{\"name\":\"Bestätigung\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals("{\"name\":\"Bestätigung\"}", TextDecoder.decode(body));
        assertEquals("{\"name\":\"Bestätigung\"}", TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body)));
    }

    @Test
    void decodesUtf16WithBom() throws Exception {
        assertEquals("{\"a\":1}", TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "{\"a\":1}".getBytes(StandardCharsets.UTF_16LE))));
        assertEquals("{\"a\":1}", TextDecoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "{\"a\":1}".getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void refusesInvalidUtf8() {
        UnreadableException e = assertThrows(UnreadableException.class,
                () -> TextDecoder.decode(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}));
        assertEquals("not valid UTF-8 text", e.getMessage());
    }
}
