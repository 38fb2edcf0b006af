package dev.ocfcloud.gateway.coap.message;

import java.util.Arrays;

/**
 * Options that are slices of a decoded frame body, recorded in wire order without copying a value.
 * The caller hands the body array over: it must not write to it again once {@link #build} returned.
 */
public final class OptionSlices {
    private final byte[] body;
    private int[] entries = new int[8 * 3];
    private int count;

    OptionSlices(byte[] body) {
        this.body = body;
    }

    /** Records option {@code number} with value {@code body[offset, offset + length)}; numbers never decrease. */
    public OptionSlices add(int number, int offset, int length) {
        OptionsBuilder.checkOption(number, length);
        if (count > 0 && number < entries[(count - 1) * 3]) {
            throw new IllegalArgumentException("options come in ascending order (RFC 7252 §3.1)");
        }
        if (offset < 0 || length < 0 || offset > body.length - length) {
            throw new IndexOutOfBoundsException("option value " + offset + "+" + length + " outside the body");
        }
        if (count * 3 == entries.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
        }
        entries[count * 3] = number;
        entries[count * 3 + 1] = offset;
        entries[count * 3 + 2] = length;
        count++;
        return this;
    }

    public Options build() {
        return count == 0 ? Options.EMPTY : new Options(body, entries, count);
    }
}
