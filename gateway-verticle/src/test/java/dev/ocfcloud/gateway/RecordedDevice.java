package dev.ocfcloud.gateway;

import dev.ocfcloud.gateway.coap.codec.CoapDecoder;
import dev.ocfcloud.gateway.coap.codec.Decoded;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.testkit.InteropCaptures;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;

/** What the real iotivity-lite device sent in the captured session, decoded. */
public final class RecordedDevice {
    private RecordedDevice() {}

    /** Every message of {@code plain-fake.conn1.rx.bin}, in order. */
    public static List<CoapMessage> messages() {
        List<CoapMessage> messages = new ArrayList<>();
        CoapDecoder decoder = new CoapDecoder(65_536, result -> messages.add(((Decoded) result).message()));
        decoder.handle(Buffer.buffer(InteropCaptures.bytes(InteropCaptures.PLAIN_FAKE_RX)));
        return messages;
    }

    /** The device's first request to this path. */
    public static CoapRequest request(String path) {
        return messages().stream()
                .filter(CoapRequest.class::isInstance)
                .map(CoapRequest.class::cast)
                .filter(request -> request.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the device sent no request to " + path));
    }
}
