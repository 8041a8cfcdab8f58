package dev.flowguard.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test flow files: the rule fixtures of src/test/resources/fixtures, and the model's of src/test/resources/flows. */
public final class Flows {

    private Flows() {
    }

    public static String resource(String name) {
        InputStream fixture = Flows.class.getResourceAsStream("/fixtures/" + name);
        try (InputStream in = fixture != null ? fixture : Flows.class.getResourceAsStream("/flows/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test flow " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
