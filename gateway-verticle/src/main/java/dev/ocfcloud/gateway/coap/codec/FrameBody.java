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
 * slices of the body array: nothing is copied and no object is made per option. One use per frame.
 */
final class FrameBody {
    private static final int PAYLOAD_MARKER = 0xFF;

    private final CoapCode code;
    private final Token token;
    private final byte[] body;
    private final OptionSlices options;
    private int position;
    private int number;

    private FrameBody(CoapCode code, Token token, byte[] body) {
        this.code = code;
        this.token = token;
        this.body = body;
        this.options = Options.slicesOf(body);
    }

    static DecodeResult parse(CoapCode code, Token token, byte[] body) {
        return new FrameBody(code, token, body).parse();
    }

    private DecodeResult parse() {
        while (position < body.length) {
            int header = body[position++] & 0xFF;
            if (header == PAYLOAD_MARKER) {
                return withPayload();
            }
            Malformed malformed = readOption(header);
            if (malformed != null) {
                return malformed;
            }
        }
        return new Decoded(CoapMessage.of(code, token, options.build(), Payload.EMPTY));
    }

    /** Reads the option whose header byte was just read; returns why it is malformed, or null. */
    private Malformed readOption(int header) {
        int deltaNibble = header >>> 4;
        int lengthNibble = header & 0x0F;
        if (deltaNibble == 15) {
            return malformed(MalformedReason.OPTION_DELTA_RESERVED, "option header 0x" + Integer.toHexString(header));
        }
        if (lengthNibble == 15) {
            return malformed(MalformedReason.OPTION_LENGTH_RESERVED, "option header 0x" + Integer.toHexString(header));
        }
        if (ExtendedLength.extensionBytes(deltaNibble) + ExtendedLength.extensionBytes(lengthNibble)
                > body.length - position) {
            return malformed(MalformedReason.OPTION_HEADER_TRUNCATED, "after option " + number);
        }
        number += readExtended(deltaNibble);
        int length = readExtended(lengthNibble);
        if (number > OptionNumber.MAX) {
            return malformed(MalformedReason.OPTION_NUMBER_TOO_LARGE, "option " + number);
        }
        if (length > body.length - position) {
            String detail = "option " + number + " of " + length + " bytes, " + (body.length - position) + " left";
            return malformed(MalformedReason.OPTION_VALUE_TRUNCATED, detail);
        }
        options.add(number, position, length);
        position += length;
        return null;
    }

    /** A delta or length: the nibble itself, or its extension bytes plus 13 or 269 (RFC 7252 §3.1). */
    private int readExtended(int nibble) {
        int value = switch (nibble) {
            case 13 -> (body[position] & 0xFF) + ExtendedLength.ONE_BYTE_OFFSET;
            case 14 -> ((body[position] & 0xFF) << 8 | (body[position + 1] & 0xFF)) + ExtendedLength.TWO_BYTE_OFFSET;
            default -> nibble;
        };
        position += ExtendedLength.extensionBytes(nibble);
        return value;
    }

    private DecodeResult withPayload() {
        if (position == body.length) {
            // RFC 7252 §3.1: a marker followed by a zero-length payload MUST be a message format error.
            return malformed(MalformedReason.PAYLOAD_MARKER_WITHOUT_PAYLOAD, "marker at the end");
        }
        Payload payload = Payload.wrapOwned(body, position, body.length - position);
        return new Decoded(CoapMessage.of(code, token, options.build(), payload));
    }

    private Malformed malformed(MalformedReason reason, String detail) {
        return Malformed.of(reason, detail, code, token);
    }
}
