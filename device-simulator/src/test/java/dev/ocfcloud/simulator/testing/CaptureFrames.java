package dev.ocfcloud.simulator.testing;

import dev.ocfcloud.gateway.coap.codec.CoapDecoder;
import dev.ocfcloud.gateway.coap.codec.Decoded;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.testkit.InteropCaptures;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;

/** The frames the real device sent in {@code plain-fake.conn1.rx.bin}, decoded with our codec. */
public final class CaptureFrames {
    private CaptureFrames() {}

    public static List<CoapMessage> realDevice() {
        List<CoapMessage> messages = new ArrayList<>();
        new CoapDecoder(1 << 16, result -> messages.add(((Decoded) result).message()))
                .handle(Buffer.buffer(InteropCaptures.bytes(InteropCaptures.PLAIN_FAKE_RX)));
        return messages;
    }
}
