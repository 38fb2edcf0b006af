package dev.ocfcloud.gateway.coap.codec;

import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.Options;
import dev.ocfcloud.gateway.coap.message.Payload;
import io.vertx.core.buffer.Buffer;

/**
 * Writes messages as RFC 8323 §3.2 frames: the shortest Len and option delta/length forms, options in
 * ascending order, so a message has exactly one encoding. Stateless.
 *
 * <p>A frame is written into an array of exactly its size with plain stores and handed to Vert.x in
 * one bulk copy: appending byte by byte to a {@link Buffer} costs a bounds and reference-count check
 * per byte (docs/benchmarks.md).
 */
public final class CoapEncoder {
    private static final byte PAYLOAD_MARKER = (byte) 0xFF;

    private CoapEncoder() {}

    /** The frame in a new buffer of exactly its size. */
    public static Buffer encode(CoapMessage message) {
        return Buffer.buffer(toBytes(message));
    }

    /** Appends the frame to {@code target}. */
    public static void encodeTo(CoapMessage message, Buffer target) {
        target.appendBytes(toBytes(message));
    }

    /** The size of the whole frame: header, token, options, marker and payload. */
    public static int frameSize(CoapMessage message) {
        return frameSize(message, bodyLength(message.options(), message.payload()));
    }

    /** The frame in a new array of exactly its size. */
    public static byte[] toBytes(CoapMessage message) {
        long length = bodyLength(message.options(), message.payload());
        byte[] frame = new byte[frameSize(message, length)];
        int nibble = ExtendedLength.frameNibble(length);
        frame[0] = (byte) (nibble << 4 | message.token().length());
        int position = writeExtension(frame, 1, nibble, length - ExtendedLength.offset(nibble));
        frame[position++] = (byte) message.code().value();
        message.token().copyTo(frame, position);
        position = writeOptions(frame, position + message.token().length(), message.options());
        if (!message.payload().isEmpty()) {
            frame[position++] = PAYLOAD_MARKER;
            message.payload().copyTo(frame, position);
        }
        return frame;
    }

    private static int frameSize(CoapMessage message, long length) {
        long size = 2L
                + ExtendedLength.extensionBytes(ExtendedLength.frameNibble(length))
                + message.token().length()
                + length;
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("a frame of " + size + " bytes does not fit in an array");
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

    /** RFC 7252 §3.1: each option as delta from the previous number, then its length and value. */
    private static int writeOptions(byte[] frame, int start, Options options) {
        int position = start;
        int previous = 0;
        for (int i = 0; i < options.size(); i++) {
            int number = options.numberAt(i);
            int delta = number - previous;
            int length = options.valueLengthAt(i);
            int deltaNibble = ExtendedLength.optionNibble(delta);
            int lengthNibble = ExtendedLength.optionNibble(length);
            frame[position++] = (byte) (deltaNibble << 4 | lengthNibble);
            position = writeExtension(frame, position, deltaNibble, delta - ExtendedLength.offset(deltaNibble));
            position = writeExtension(frame, position, lengthNibble, length - ExtendedLength.offset(lengthNibble));
            options.copyValueAt(i, frame, position);
            position += length;
            previous = number;
        }
        return position;
    }

    /** Writes the extension bytes a nibble calls for, big-endian; returns the position after them. */
    private static int writeExtension(byte[] frame, int position, int nibble, long value) {
        int bytes = ExtendedLength.extensionBytes(nibble);
        for (int i = 0; i < bytes; i++) {
            frame[position + i] = (byte) (value >>> (8 * (bytes - 1 - i)));
        }
        return position + bytes;
    }
}
