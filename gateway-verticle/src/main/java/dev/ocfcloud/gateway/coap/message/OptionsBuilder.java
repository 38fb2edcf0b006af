package dev.ocfcloud.gateway.coap.message;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects options in any order and builds {@link Options} sorted by number. Options of the same
 * number keep the order they were added in, as that order is their meaning (Uri-Path segments). Values
 * are copied in, so later changes to the caller's arrays do not reach the built options.
 */
public final class OptionsBuilder {
    /** The longest value an option header can describe: length nibble 14, 269 + 65535 (RFC 7252 §3.1). */
    public static final int MAX_VALUE_LENGTH = 269 + 65535;

    private byte[] data = new byte[64];
    private int dataLength;
    private int[] entries = new int[8 * 3];
    private int count;

    OptionsBuilder() {}

    public OptionsBuilder add(int number, byte[] value) {
        return add(number, value, 0, value.length);
    }

    public OptionsBuilder addUint(int number, long value) {
        return add(number, OptionUint.encode(value));
    }

    public OptionsBuilder addString(int number, String value) {
        return add(number, value.getBytes(StandardCharsets.UTF_8));
    }

    public OptionsBuilder addEmpty(int number) {
        return add(number, data, 0, 0);
    }

    OptionsBuilder add(int number, byte[] source, int offset, int length) {
        checkOption(number, length);
        if (dataLength + length > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, dataLength + length));
        }
        System.arraycopy(source, offset, data, dataLength, length);
        if (count * 3 == entries.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
        }
        entries[count * 3] = number;
        entries[count * 3 + 1] = dataLength;
        entries[count * 3 + 2] = length;
        count++;
        dataLength += length;
        return this;
    }

    static void checkOption(int number, int length) {
        if (number < 0 || number > OptionNumber.MAX) {
            throw new IllegalArgumentException("option numbers are 0..65535 (RFC 7252 §3.1), not " + number);
        }
        if (length > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException(
                    "option value of " + length + " bytes is longer than RFC 7252 §3.1 allows");
        }
    }

    public Options build() {
        if (count == 0) {
            return Options.EMPTY;
        }
        int[] sorted = Arrays.copyOf(entries, count * 3);
        sortStablyByNumber(sorted);
        return new Options(Arrays.copyOf(data, dataLength), sorted, count);
    }

    /** Insertion sort of (number, offset, length) triples: stable, and linear on sorted input. */
    private void sortStablyByNumber(int[] triples) {
        for (int i = 1; i < count; i++) {
            int number = triples[i * 3];
            int offset = triples[i * 3 + 1];
            int length = triples[i * 3 + 2];
            int j = i - 1;
            while (j >= 0 && triples[j * 3] > number) {
                System.arraycopy(triples, j * 3, triples, (j + 1) * 3, 3);
                j--;
            }
            triples[(j + 1) * 3] = number;
            triples[(j + 1) * 3 + 1] = offset;
            triples[(j + 1) * 3 + 2] = length;
        }
    }
}
