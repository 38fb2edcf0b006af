package dev.ocfcloud.gateway.coap.codec;

/**
 * The 4-bit length fields and their extensions. An option's delta and length (RFC 7252 §3.1): 0–12 as
 * is, 13 → one more byte + 13, 14 → two more bytes + 269, 15 reserved. The frame's Len (RFC 8323
 * §3.2): the same, plus 15 → four more bytes + 65805. Each value has exactly one encoding.
 */
final class ExtendedLength {
    static final int ONE_BYTE_OFFSET = 13;
    static final int TWO_BYTE_OFFSET = 269;
    static final int FOUR_BYTE_OFFSET = 65805;

    private ExtendedLength() {}

    /** The nibble for a frame length (options + marker + payload, not the token). */
    static int frameNibble(long length) {
        if (length < ONE_BYTE_OFFSET) {
            return (int) length;
        }
        if (length < TWO_BYTE_OFFSET) {
            return 13;
        }
        return length < FOUR_BYTE_OFFSET ? 14 : 15;
    }

    /** The nibble for an option delta or value length (at most 65804). */
    static int optionNibble(int value) {
        if (value < ONE_BYTE_OFFSET) {
            return value;
        }
        return value < TWO_BYTE_OFFSET ? 13 : 14;
    }

    /** Indexed by nibble: a table, as this sits on every option of every frame. */
    private static final int[] EXTENSION_BYTES = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4};

    /** How many extension bytes follow a nibble: 13 → 1, 14 → 2, 15 → 4 (frames only). */
    static int extensionBytes(int nibble) {
        return EXTENSION_BYTES[nibble];
    }

    /** What a nibble's extension adds to the extension bytes' value. */
    static int offset(int nibble) {
        return switch (nibble) {
            case 13 -> ONE_BYTE_OFFSET;
            case 14 -> TWO_BYTE_OFFSET;
            case 15 -> FOUR_BYTE_OFFSET;
            default -> 0;
        };
    }
}
