package dev.ocfcloud.gateway.coap.message;

/** The {@code uint} option value format of RFC 7252 §3.2: big-endian, no leading zero bytes. */
public final class OptionUint {
    private static final byte[] ZERO = new byte[0];

    private OptionUint() {}

    /** The shortest form: 0 is the empty value, 256 is {@code 01 00} (RFC 7252 §3.2). */
    public static byte[] encode(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a uint option value is not negative: " + value);
        }
        int length = length(value);
        if (length == 0) {
            return ZERO;
        }
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (value >>> (8 * (length - 1 - i)));
        }
        return bytes;
    }

    /** The number of bytes of the shortest form of a non-negative value. */
    public static int length(long value) {
        return (Long.SIZE - Long.numberOfLeadingZeros(value) + 7) / 8;
    }

    /**
     * The value of {@code bytes[offset, offset + length)}. Leading zero bytes are tolerated, as RFC 7252
     * §3.2 only asks senders to avoid them; the caller bounds {@code length} (at most 8).
     */
    static long decode(byte[] bytes, int offset, int length) {
        long value = 0;
        for (int i = offset; i < offset + length; i++) {
            value = value << 8 | (bytes[i] & 0xFF);
        }
        return value;
    }
}
