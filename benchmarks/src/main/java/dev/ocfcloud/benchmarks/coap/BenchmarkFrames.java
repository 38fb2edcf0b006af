package dev.ocfcloud.benchmarks.coap;

import dev.ocfcloud.gateway.coap.codec.CoapDecoder;
import dev.ocfcloud.gateway.coap.codec.CoapEncoder;
import dev.ocfcloud.gateway.coap.codec.DecodeResult;
import dev.ocfcloud.gateway.coap.codec.Decoded;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.Token;
import dev.ocfcloud.testkit.InteropCaptures;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The frames both codecs work on: four a real iotivity-lite device sent (test-kit captures) and one
 * small GET like those the cloud sends. Each is the bytes of exactly one RFC 8323 frame.
 */
final class BenchmarkFrames {
    private BenchmarkFrames() {}

    static byte[] named(String name) {
        return switch (name) {
            // plain-passive.conn1.bin, frame 1: sign-up POST /oic/sec/account, 138 bytes.
            case "signUp" -> capture(InteropCaptures.PLAIN_PASSIVE, 0, 138);
            // plain-fake.conn1.rx.bin, frame 3: RD publish POST /oic/rd, 588 bytes, 2-byte length.
            case "rdPublish" -> capture(InteropCaptures.PLAIN_FAKE_RX, 2, 588);
            // plain-fake.conn1.rx.bin, frame 4: 2.05 Content with CBOR (GET /oic/d answer), 175 bytes.
            case "content" -> capture(InteropCaptures.PLAIN_FAKE_RX, 3, 175);
            // plain-fake.conn1.rx.bin, last frame: 7.02 Ping with an 8-byte token, 10 bytes.
            case "ping" -> capture(InteropCaptures.PLAIN_FAKE_RX, 8, 10);
            case "smallGet" -> smallGet();
            default -> throw new IllegalArgumentException("no frame " + name);
        };
    }

    private static byte[] smallGet() {
        CoapRequest get = CoapRequest.get(Token.fromHex("4a2dfe662418848f"), "/oic/res")
                .withAccept(ContentFormat.OCF_CBOR)
                .withUintOption(OptionNumber.OCF_ACCEPT_CONTENT_FORMAT_VERSION, 2048);
        return CoapEncoder.encode(get).getBytes();
    }

    private static byte[] capture(String capture, int index, int expectedSize) {
        List<byte[]> frames = frames(InteropCaptures.bytes(capture));
        byte[] frame = frames.get(index);
        if (frame.length != expectedSize) {
            throw new IllegalStateException(capture + " frame " + index + " has " + frame.length + " bytes");
        }
        return frame;
    }

    /** Cuts a capture into frames (setup only, not measured). */
    private static List<byte[]> frames(byte[] stream) {
        List<DecodeResult> results = new ArrayList<>();
        new CoapDecoder(1 << 20, results::add).handle(Buffer.buffer(stream));
        List<byte[]> frames = new ArrayList<>();
        int offset = 0;
        for (DecodeResult result : results) {
            int size = CoapEncoder.frameSize(((Decoded) result).message());
            byte[] frame = new byte[size];
            System.arraycopy(stream, offset, frame, 0, size);
            frames.add(frame);
            offset += size;
        }
        return frames;
    }
}
