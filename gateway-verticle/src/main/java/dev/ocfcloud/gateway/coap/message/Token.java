package dev.ocfcloud.gateway.coap.message;

import java.util.HexFormat;

/**
 * A message token of 0 to 8 bytes (RFC 7252 §5.3.1, RFC 8323 §3.2). Over TCP there is no message ID:
 * a response is matched to its request by the token alone.
 *
 * <p>Stored packed in a {@code long} (big-endian, in the low {@code length} bytes), so tokens are
 * immutable and cost no array; compare them with {@link #equals}.
 */
public final class Token {
    public static final int MAX_LENGTH = 8;
    public static final Token EMPTY = new Token(0L, 0);

    private final long packed;
    private final int length;

    private Token(long packed, int length) {
        this.packed = packed;
        this.length = length;
    }

    /** A token holding a copy of these bytes. */
    public static Token of(byte... bytes) {
        checkLength(bytes.length);
        long packed = 0;
        for (byte b : bytes) {
            packed = packed << 8 | (b & 0xFF);
        }
        return ofPacked(packed, bytes.length);
    }

    public static Token fromHex(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    /** The token of {@code length} bytes whose big-endian value is {@code packed}. */
    public static Token ofPacked(long packed, int length) {
        checkLength(length);
        if (length < MAX_LENGTH && packed >>> (8 * length) != 0) {
            throw new IllegalArgumentException(
                    "token value " + Long.toHexString(packed) + " needs more than " + length + " bytes");
        }
        return length == 0 ? EMPTY : new Token(packed, length);
    }

    private static void checkLength(int length) {
        if (length < 0 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("a token has 0 to 8 bytes (RFC 7252 §5.3.1), not " + length);
        }
    }

    public int length() {
        return length;
    }

    /** The token's bytes as a big-endian number (see {@link #ofPacked}). */
    public long packed() {
        return packed;
    }

    /** A fresh copy of the token's bytes. */
    public byte[] bytes() {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = byteAt(i);
        }
        return bytes;
    }

    /** Writes the token's bytes into {@code target} at {@code offset} (for encoders). */
    public void copyTo(byte[] target, int offset) {
        for (int i = 0; i < length; i++) {
            target[offset + i] = byteAt(i);
        }
    }

    private byte byteAt(int index) {
        return (byte) (packed >>> (8 * (length - 1 - index)));
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Token token && token.packed == packed && token.length == length;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(packed) * 31 + length;
    }

    @Override
    public String toString() {
        return length == 0 ? "Token[]" : "Token[" + hex() + "]";
    }
}
