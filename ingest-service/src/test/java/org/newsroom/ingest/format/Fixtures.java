package org.newsroom.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Test fixtures of src/test/resources and a fixed delivery context. */
public final class Fixtures {

    /** Receipt time of every test delivery. */
    public static final Instant RECEIVED = Instant.parse("2026-02-01T00:00:00Z");

    /** Agency {@code demo}, namespace {@code demo}. */
    public static final WireContext CONTEXT = new WireContext("demo", "demo", RECEIVED);

    private Fixtures() {
    }

    /** The bytes of a resource, e.g. {@code nitf/canceled.xml}. */
    public static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
