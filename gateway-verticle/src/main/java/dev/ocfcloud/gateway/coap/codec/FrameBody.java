package dev.ocfcloud.gateway.coap.codec;

import dev.ocfcloud.gateway.coap.message.CoapCode;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.OptionNumber;
import dev.ocfcloud.gateway.coap.message.OptionSlices;
import dev.ocfcloud.gateway.coap.message.Options;
import dev.ocfcloud.gateway.coap.message.Payload;
import dev.ocfcloud.gateway.coap.message.Token;

/**
 * Reads the options and payload of one complete frame body (RFC 7252 §3.1). Options and payload stay
 * slices of the body array: nothing is copied and no object is made per option.
 */
final class FrameBody {
    private static final int PAYLOAD_MARKER = 0xFF;

    private FrameBody() {}

    static DecodeResult parse(CoapCode code, Token token, byte[] body) {
        OptionSlices options = Options.slicesOf(body);
        int position = 0;
        int number = 0;
        while (position < body.length) {
            int header = body[position++] & 0xFF;
            if (header == PAYLOAD_MARKER) {
                return withPayload(code, token, options.build(), body, position);
            }
            int deltaNibble = header >>> 4;
            int lengthNibble = header & 0x0F;
            if (deltaNibble == 15 || lengthNibble == 15) {
                MalformedReason reason = deltaNibble == 15
                        ? MalformedReason.OPTION_DELTA_RESERVED
                        : MalformedReason.OPTION_LENGTH_RESERVED;
                return Malformed.of(reason, "option header 0x" + Integer.toHexString(header), code, token);
            }
            int extensions = ExtendedLength.extensionBytes(deltaNibble) + ExtendedLength.extensionBytes(lengthNibble);
            if (extensions > body.length - position) {
                return Malformed.of(MalformedReason.OPTION_HEADER_TRUNCATED, "after option " + number, code, token);
            }
            number += extended(deltaNibble, body, position);
            position += ExtendedLength.extensionBytes(deltaNibble);
            int length = extended(lengthNibble, body, position);
            position += ExtendedLength.extensionBytes(lengthNibble);
            if (number > OptionNumber.MAX) {
                return Malformed.of(MalformedReason.OPTION_NUMBER_TOO_LARGE, "option " + number, code, token);
            }
            if (length > body.length - position) {
                String detail = "option " + number + " of " + length + " bytes, " + (body.length - position) + " left";
                return Malformed.of(MalformedReason.OPTION_VALUE_TRUNCATED, detail, code, token);
            }
            options.add(number, position, length);
            position += length;
        }
        return new Decoded(CoapMessage.of(code, token, options.build(), Payload.EMPTY));
    }

    private static int extended(int nibble, byte[] body, int position) {
        return switch (nibble) {
            case 13 -> (body[position] & 0xFF) + ExtendedLength.ONE_BYTE_OFFSET;
            case 14 -> ((body[position] & 0xFF) << 8 | (body[position + 1] & 0xFF)) + ExtendedLength.TWO_BYTE_OFFSET;
            default -> nibble;
        };
    }

    private static DecodeResult withPayload(CoapCode code, Token token, Options options, byte[] body, int start) {
        if (start == body.length) {
            // RFC 7252 §3.1: a marker followed by a zero-length payload MUST be a message format error.
            return Malformed.of(MalformedReason.PAYLOAD_MARKER_WITHOUT_PAYLOAD, "marker at the end", code, token);
        }
        Payload payload = Payload.wrapOwned(body, start, body.length - start);
        return new Decoded(CoapMessage.of(code, token, options, payload));
    }
}
