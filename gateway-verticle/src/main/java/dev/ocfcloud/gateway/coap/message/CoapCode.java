package dev.ocfcloud.gateway.coap.message;

/**
 * The 8-bit Code field: a 3-bit class and a 5-bit detail, written {@code c.dd} (RFC 7252 §3). Class 0
 * is requests (and 0.00 the empty message), 2, 4 and 5 responses, 7 the signals of RFC 8323 §5; 1, 3
 * and 6 are reserved (RFC 7252 §12.1).
 */
public record CoapCode(int value) {
    public static final CoapCode EMPTY = new CoapCode(0);

    private static final CoapCode[] ALL = new CoapCode[256];

    static {
        for (int value = 0; value < ALL.length; value++) {
            ALL[value] = new CoapCode(value);
        }
    }

    public CoapCode {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("a CoAP code is one byte, was " + value);
        }
    }

    /** The code with this byte value; codes are interned, so this never allocates. */
    public static CoapCode of(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("a CoAP code is one byte, was " + value);
        }
        return ALL[value];
    }

    /** The code {@code codeClass.detail}, e.g. {@code of(2, 5)} for 2.05. */
    public static CoapCode of(int codeClass, int detail) {
        if (codeClass < 0 || codeClass > 7 || detail < 0 || detail > 31) {
            throw new IllegalArgumentException("no CoAP code " + codeClass + "." + detail);
        }
        return ALL[codeClass << 5 | detail];
    }

    public int codeClass() {
        return value >>> 5;
    }

    public int detail() {
        return value & 0x1F;
    }

    @Override
    public String toString() {
        return codeClass() + (detail() < 10 ? ".0" : ".") + detail();
    }
}
