package dev.ocfcloud.gateway.coap.message;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The payload of a message: an immutable slice of a byte array.
 *
 * <p>Why a slice and not a Vert.x {@code Buffer}: a {@code Buffer} is mutable, and the decoder reads
 * a frame's options and payload into one array. A decoded payload is a view of that array (no copy);
 * the only way to see its bytes is a copy ({@link #bytes}), a read-only stream ({@link
 * #asInputStream}) or appending them to a buffer, so callers cannot change a message.
 */
public final class Payload {
    public static final Payload EMPTY = new Payload(new byte[0], 0, 0);

    private final byte[] array;
    private final int offset;
    private final int length;

    private Payload(byte[] array, int offset, int length) {
        this.array = array;
        this.offset = offset;
        this.length = length;
    }

    public static Payload copyOf(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Payload(bytes.clone(), 0, bytes.length);
    }

    public static Payload copyOf(Buffer buffer) {
        return copyOf(buffer.getBytes());
    }

    public static Payload utf8(String text) {
        return copyOf(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A payload over {@code array[offset, offset + length)} without copying. The caller hands the array
     * over: it must never write to that range again. Meant for decoders that own a freshly read frame.
     */
    public static Payload wrapOwned(byte[] array, int offset, int length) {
        if (offset < 0 || length < 0 || offset > array.length - length) {
            throw new IndexOutOfBoundsException(
                    "slice " + offset + "+" + length + " outside an array of " + array.length);
        }
        return length == 0 ? EMPTY : new Payload(array, offset, length);
    }

    public int length() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** A fresh copy of the bytes. */
    public byte[] bytes() {
        return Arrays.copyOfRange(array, offset, offset + length);
    }

    /** The bytes read without copying, e.g. by a CBOR parser. */
    public InputStream asInputStream() {
        return new ByteArrayInputStream(array, offset, length);
    }

    public String utf8() {
        return new String(array, offset, length, StandardCharsets.UTF_8);
    }

    /** A new buffer holding a copy of the bytes. */
    public Buffer toBuffer() {
        return Buffer.buffer(length).appendBytes(array, offset, length);
    }

    /** Copies the bytes into {@code target} at {@code offset} (for encoders). */
    public void copyTo(byte[] target, int offset) {
        System.arraycopy(array, this.offset, target, offset, length);
    }

    public void appendTo(Buffer target) {
        target.appendBytes(array, offset, length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Payload that
                && Arrays.equals(array, offset, offset + length, that.array, that.offset, that.offset + that.length);
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + array[i];
        }
        return hash;
    }

    @Override
    public String toString() {
        int shown = Math.min(length, 16);
        String hex = HexFormat.of().formatHex(array, offset, offset + shown);
        return "Payload[" + length + " bytes: " + hex + (shown < length ? "…]" : "]");
    }
}
