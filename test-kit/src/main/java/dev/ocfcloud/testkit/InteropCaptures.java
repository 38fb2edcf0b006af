package dev.ocfcloud.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Bytes captured from a real OCF device (iotivity-lite {@code cloud_server}, June 2025) talking CoAP
 * over TCP to a scripted cloud. The files and what they hold are described in
 * {@code interop/iotivity-lite/README.md} on the test class path.
 */
public final class InteropCaptures {
    private static final String FOLDER = "/interop/iotivity-lite/";

    /** Everything the device sent in the full session: sign-up, sign-in, publish, answers, a Ping. */
    public static final String PLAIN_FAKE_RX = "plain-fake.conn1.rx.bin";
    /** Everything the scripted cloud sent back in that session. */
    public static final String PLAIN_FAKE_TX = "plain-fake.conn1.tx.bin";
    /** Both directions of that session, with hex of every frame and a decoded view. */
    public static final String PLAIN_FAKE_LOG = "plain-fake.log";
    /** The device's first bytes to a silent listener: two sign-up POSTs and no CSM. */
    public static final String PLAIN_PASSIVE = "plain-passive.conn1.bin";
    /** The OCF client sample over TLS: sign-up, sign-in, publish, discovery through the cloud. */
    public static final String TLS_CLIENT_LOG = "tls-client.log";

    private InteropCaptures() {}

    /** The raw bytes of one capture file. */
    public static byte[] bytes(String name) {
        try (InputStream in = InteropCaptures.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no capture named " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A capture file read as UTF-8 text (the logs). */
    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
