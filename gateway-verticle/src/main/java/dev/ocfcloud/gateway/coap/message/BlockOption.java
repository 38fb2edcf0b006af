package dev.ocfcloud.gateway.coap.message;

/**
 * The value of a Block1 or Block2 option (RFC 7959 §2.2): block number, more flag and size exponent.
 * iotivity-lite never fragments over TCP; the gateway only needs to recognise these to refuse them.
 */
public record BlockOption(int number, boolean more, int sizeExponent) {
    public BlockOption {
        if (number < 0 || number > 0xFFFFF || sizeExponent < 0 || sizeExponent > 7) {
            throw new IllegalArgumentException("no block option " + number + "/" + more + "/" + sizeExponent);
        }
    }

    static BlockOption fromUint(long value) {
        return new BlockOption((int) (value >>> 4), (value & 0x8) != 0, (int) (value & 0x7));
    }

    public long toUint() {
        return (long) number << 4 | (more ? 0x8 : 0) | sizeExponent;
    }

    /** The block size in bytes; exponent 7 is BERT over TCP (RFC 8323 §6), reserved otherwise. */
    public int size() {
        return 1 << (sizeExponent + 4);
    }
}
