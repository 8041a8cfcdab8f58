package dev.flowguard.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test flow files from src/test/resources/flows. */
public final class Flows {

    private Flows() {
    }

    public static String resource(String name) {
        try (InputStream in = Flows.class.getResourceAsStream("/flows/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test flow " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
