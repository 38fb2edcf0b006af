package dev.ocfcloud.gateway.coap.codec;

import static dev.ocfcloud.gateway.coap.codec.Decoding.encode;
import static dev.ocfcloud.gateway.coap.codec.HexVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.Options;
import dev.ocfcloud.gateway.coap.message.Ping;
import dev.ocfcloud.testkit.InteropCaptures;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What a real iotivity-lite device sent and was sent: every frame of the captures decodes to what the
 * capture's log shows, and re-encodes to the same bytes.
 */
class InteropCapturesTest {
    private static final List<CaptureLog.Frame> LOG =
            CaptureLog.parse(InteropCaptures.text(InteropCaptures.PLAIN_FAKE_LOG));

    @Test
    void logListsTheFramesOfBothDirections() {
        assertThat(frames("RECV")).hasSize(9);
        assertThat(frames("SENT")).hasSize(9);
    }

    @Test
    void everyFrameTheDeviceSentDecodesAsTheLogShowsAndReencodesIdentically() {
        assertCaptureMatchesLog(InteropCaptures.bytes(InteropCaptures.PLAIN_FAKE_RX), frames("RECV"));
    }

    @Test
    void everyFrameTheCloudSentDecodesAsTheLogShowsAndReencodesIdentically() {
        assertCaptureMatchesLog(InteropCaptures.bytes(InteropCaptures.PLAIN_FAKE_TX), frames("SENT"));
    }

    @Test
    void bothSignUpsOfThePassiveCaptureDecodeAsTheirDecodedViewShows() {
        List<CaptureLog.Frame> expected = CaptureLog.parse(InteropCaptures.text("plain-passive.decoded.txt"));

        assertThat(expected).hasSize(2);
        assertCaptureMatchesLog(InteropCaptures.bytes(InteropCaptures.PLAIN_PASSIVE), expected);
    }

    @Test
    void signUpCarriesTheOcfOptionsOfProtocolSection1() {
        byte[] capture = InteropCaptures.bytes(InteropCaptures.PLAIN_PASSIVE);
        CoapRequest signUp =
                (CoapRequest) Decoding.messages(Decoding.whole(capture)).get(0);

        assertThat(signUp.path()).isEqualTo("/oic/sec/account");
        assertThat(signUp.options().accept()).contains(ContentFormat.OCF_CBOR);
        assertThat(signUp.options().contentFormat()).contains(ContentFormat.OCF_CBOR);
        assertThat(signUp.options().ocfAcceptContentFormatVersion()).isEqualTo(OptionalInt.of(2048));
        assertThat(signUp.options().ocfContentFormatVersion()).isEqualTo(OptionalInt.of(2048));
        assertThat(signUp.payload().length()).isEqualTo(96);
    }

    @Test
    void rdPublishCarriesItsQueryAndTheDevicesPingComesLast() {
        List<CoapMessage> received =
                Decoding.messages(Decoding.whole(InteropCaptures.bytes(InteropCaptures.PLAIN_FAKE_RX)));

        CoapRequest publish = (CoapRequest) received.get(2);
        assertThat(publish.path()).isEqualTo("/oic/rd");
        assertThat(publish.queryParameter("rt")).contains("oic.wk.rdpub");
        assertThat(received.get(received.size() - 1)).isInstanceOf(Ping.class);
    }

    private static List<CaptureLog.Frame> frames(String direction) {
        return LOG.stream().filter(frame -> frame.direction().equals(direction)).toList();
    }

    private static void assertCaptureMatchesLog(byte[] capture, List<CaptureLog.Frame> expected) {
        List<CoapMessage> messages = Decoding.messages(Decoding.whole(capture));
        assertThat(messages).hasSize(expected.size());
        ByteArrayOutputStream reencoded = new ByteArrayOutputStream();
        for (int i = 0; i < messages.size(); i++) {
            byte[] frame = encode(messages.get(i));
            assertThat(hex(frame))
                    .as("frame %d", i)
                    .isEqualTo(hex(expected.get(i).bytes()));
            assertMatches(messages.get(i), expected.get(i), frame);
            reencoded.writeBytes(frame);
        }
        assertThat(reencoded.toByteArray()).isEqualTo(capture);
    }

    private static void assertMatches(CoapMessage message, CaptureLog.Frame expected, byte[] frame) {
        assertThat(message.code().codeClass()).isEqualTo(expected.codeClass());
        assertThat(message.code().detail()).isEqualTo(expected.codeDetail());
        assertThat(message.token().hex()).isEqualTo(expected.token());
        assertThat(message.token().length()).isEqualTo(expected.tokenLength());
        assertThat((frame[0] & 0xFF) >>> 4).isEqualTo(expected.lengthNibble());
        assertThat(frame.length - 2 - expected.extensionBytes() - expected.tokenLength())
                .isEqualTo(expected.length());
        assertThat(message.payload().length()).isEqualTo(expected.payloadLength());
        assertThat(options(message.options())).isEqualTo(expected.options());
    }

    private static List<CaptureLog.Option> options(Options options) {
        return IntStream.range(0, options.size())
                .mapToObj(i -> new CaptureLog.Option(
                        options.numberAt(i), OptionNumber.name(options.numberAt(i)), text(options, i)))
                .toList();
    }

    private static String text(Options options, int i) {
        byte[] value = options.valueAt(i);
        return switch (options.numberAt(i)) {
            case OptionNumber.URI_PATH, OptionNumber.URI_QUERY -> new String(value, StandardCharsets.UTF_8);
            default -> Long.toString(new BigInteger(1, value).longValue());
        };
    }
}
