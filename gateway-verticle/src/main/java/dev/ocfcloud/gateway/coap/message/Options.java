package dev.ocfcloud.gateway.coap.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * The options of a message, immutable, in ascending option-number order as they go on the wire (RFC
 * 7252 §3.1). Repeated options (Uri-Path, Uri-Query, …) keep their order; unknown options are kept
 * as they came, so a decoded message re-encodes to the same bytes.
 *
 * <p>Stored flat, with no object per option: values live in one byte array (for a decoded message,
 * the frame's own array) and {@code entries} holds (number, offset, length) triples.
 */
public final class Options implements KnownOptions {
    public static final Options EMPTY = new Options(new byte[0], new int[0], 0);

    private final byte[] data;
    private final int[] entries;
    private final int count;

    Options(byte[] data, int[] entries, int count) {
        this.data = data;
        this.entries = entries;
        this.count = count;
    }

    public static OptionsBuilder builder() {
        return new OptionsBuilder();
    }

    /** For decoders: options that are slices of a frame body the caller hands over (see {@link OptionSlices}). */
    public static OptionSlices slicesOf(byte[] frameBody) {
        return new OptionSlices(frameBody);
    }

    public OptionsBuilder toBuilder() {
        OptionsBuilder builder = new OptionsBuilder();
        for (int i = 0; i < count; i++) {
            builder.add(numberAt(i), data, offsetAt(i), valueLengthAt(i));
        }
        return builder;
    }

    public int size() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The number of the {@code i}-th option (0-based, ascending). */
    public int numberAt(int i) {
        return entries[checkIndex(i) * 3];
    }

    public int valueLengthAt(int i) {
        return entries[checkIndex(i) * 3 + 2];
    }

    /** A copy of the value of the {@code i}-th option. */
    public byte[] valueAt(int i) {
        return Arrays.copyOfRange(data, offsetAt(i), offsetAt(i) + valueLengthAt(i));
    }

    /** Copies the value of the {@code i}-th option into {@code target} at {@code offset} (for encoders). */
    public void copyValueAt(int i, byte[] target, int offset) {
        System.arraycopy(data, offsetAt(i), target, offset, valueLengthAt(i));
    }

    private int offsetAt(int i) {
        return entries[checkIndex(i) * 3 + 1];
    }

    private int checkIndex(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("option " + i + " of " + count);
        }
        return i;
    }

    private int first(int number) {
        for (int i = 0; i < count && entries[i * 3] <= number; i++) {
            if (entries[i * 3] == number) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean has(int number) {
        return first(number) >= 0;
    }

    @Override
    public Optional<byte[]> opaque(int number) {
        int i = first(number);
        return i < 0 ? Optional.empty() : Optional.of(valueAt(i));
    }

    @Override
    public List<byte[]> opaques(int number) {
        List<byte[]> values = new ArrayList<>();
        for (int i = Math.max(first(number), 0); i < count && numberAt(i) == number; i++) {
            values.add(valueAt(i));
        }
        return values;
    }

    @Override
    public Optional<String> string(int number) {
        int i = first(number);
        return i < 0 ? Optional.empty() : Optional.of(stringAt(i));
    }

    @Override
    public List<String> strings(int number) {
        List<String> values = new ArrayList<>();
        for (int i = Math.max(first(number), 0); i < count && numberAt(i) == number; i++) {
            values.add(stringAt(i));
        }
        return values;
    }

    private String stringAt(int i) {
        return new String(data, offsetAt(i), valueLengthAt(i), StandardCharsets.UTF_8);
    }

    @Override
    public OptionalLong uint(int number, int maxLength) {
        int i = first(number);
        if (i < 0 || valueLengthAt(i) > Math.min(maxLength, 8)) {
            // RFC 7252 §5.4.3: a value of a length outside the option's range counts as no option.
            return OptionalLong.empty();
        }
        return OptionalLong.of(OptionUint.decode(data, offsetAt(i), valueLengthAt(i)));
    }

    /** These options plus one more (after any others of the same number). */
    public Options with(int number, byte[] value) {
        return toBuilder().add(number, value).build();
    }

    public Options withUint(int number, long value) {
        return with(number, OptionUint.encode(value));
    }

    public Options withString(int number, String value) {
        return with(number, value.getBytes(StandardCharsets.UTF_8));
    }

    /** These options with every option of this number replaced by the one value. */
    public Options replacing(int number, byte[] value) {
        return without(number).with(number, value);
    }

    public Options without(int number) {
        OptionsBuilder builder = new OptionsBuilder();
        for (int i = 0; i < count; i++) {
            if (numberAt(i) != number) {
                builder.add(numberAt(i), data, offsetAt(i), valueLengthAt(i));
            }
        }
        return builder.build();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Options that) || that.count != count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            int from = offsetAt(i);
            int thatFrom = that.offsetAt(i);
            if (numberAt(i) != that.numberAt(i)
                    || !Arrays.equals(
                            data,
                            from,
                            from + valueLengthAt(i),
                            that.data,
                            thatFrom,
                            thatFrom + that.valueLengthAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = count;
        for (int i = 0; i < count; i++) {
            hash = 31 * hash + numberAt(i);
            for (int j = offsetAt(i); j < offsetAt(i) + valueLengthAt(i); j++) {
                hash = 31 * hash + data[j];
            }
        }
        return hash;
    }

    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(", ", "Options{", "}");
        for (int i = 0; i < count; i++) {
            joiner.add(numberAt(i) + "=" + OptionValueText.of(numberAt(i), valueAt(i)));
        }
        return joiner.toString();
    }
}
