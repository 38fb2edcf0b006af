package dev.ocfcloud.gateway.coap.codec;

import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.Options;
import dev.ocfcloud.gateway.coap.message.Payload;
import io.vertx.core.buffer.Buffer;

/**
 * Writes messages as RFC 8323 §3.2 frames: the shortest Len and option delta/length forms, options in
 * ascending order, so a message has exactly one encoding. Stateless.
 */
public final class CoapEncoder {
    private static final byte PAYLOAD_MARKER = (byte) 0xFF;

    private CoapEncoder() {}

    /** The frame in a new buffer of exactly its size. */
    public static Buffer encode(CoapMessage message) {
        Buffer frame = Buffer.buffer(frameSize(message));
        encodeTo(message, frame);
        return frame;
    }

    /** Appends the frame to {@code target}. */
    public static void encodeTo(CoapMessage message, Buffer target) {
        long length = bodyLength(message.options(), message.payload());
        int nibble = ExtendedLength.frameNibble(length);
        target.appendByte((byte) (nibble << 4 | message.token().length()));
        appendExtension(target, nibble, length - ExtendedLength.offset(nibble));
        target.appendByte((byte) message.code().value());
        message.token().appendTo(target);
        appendOptions(target, message.options());
        if (!message.payload().isEmpty()) {
            target.appendByte(PAYLOAD_MARKER);
            message.payload().appendTo(target);
        }
    }

    /** The size of the whole frame: header, token, options, marker and payload. */
    public static int frameSize(CoapMessage message) {
        long length = bodyLength(message.options(), message.payload());
        long size = 2
                + ExtendedLength.extensionBytes(ExtendedLength.frameNibble(length))
                + message.token().length()
                + length;
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("a frame of " + size + " bytes does not fit in a buffer");
        }
        return (int) size;
    }

    /** RFC 8323 §3.2: what Len counts, i.e. options, marker and payload. */
    private static long bodyLength(Options options, Payload payload) {
        long length = payload.isEmpty() ? 0 : 1L + payload.length();
        int previous = 0;
        for (int i = 0; i < options.size(); i++) {
            int number = options.numberAt(i);
            int valueLength = options.valueLengthAt(i);
            length += 1
                    + ExtendedLength.extensionBytes(ExtendedLength.optionNibble(number - previous))
                    + ExtendedLength.extensionBytes(ExtendedLength.optionNibble(valueLength))
                    + valueLength;
            previous = number;
        }
        return length;
    }

    private static void appendOptions(Buffer target, Options options) {
        int previous = 0;
        for (int i = 0; i < options.size(); i++) {
            int number = options.numberAt(i);
            int delta = number - previous;
            int length = options.valueLengthAt(i);
            int deltaNibble = ExtendedLength.optionNibble(delta);
            int lengthNibble = ExtendedLength.optionNibble(length);
            target.appendByte((byte) (deltaNibble << 4 | lengthNibble));
            appendExtension(target, deltaNibble, delta - ExtendedLength.offset(deltaNibble));
            appendExtension(target, lengthNibble, length - ExtendedLength.offset(lengthNibble));
            options.appendValueAt(i, target);
            previous = number;
        }
    }

    private static void appendExtension(Buffer target, int nibble, long value) {
        for (int i = ExtendedLength.extensionBytes(nibble) - 1; i >= 0; i--) {
            target.appendByte((byte) (value >>> (8 * i)));
        }
    }
}
