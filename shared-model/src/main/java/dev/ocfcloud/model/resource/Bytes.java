package dev.ocfcloud.model.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.HexFormat;

/** An immutable byte string with value equality (records compare arrays by identity). */
public final class Bytes {
    public static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] data;

    private Bytes(byte[] data) {
        this.data = data;
    }

    /** Copies the given bytes. */
    @JsonCreator
    public static Bytes of(byte[] data) {
        return data.length == 0 ? EMPTY : new Bytes(data.clone());
    }

    /** Takes ownership of the array: the caller must not change it afterwards. */
    public static Bytes wrap(byte[] data) {
        return data.length == 0 ? EMPTY : new Bytes(data);
    }

    public static Bytes fromHex(String hex) {
        return wrap(HexFormat.of().parseHex(hex));
    }

    /** A copy of the bytes. */
    @JsonValue
    public byte[] toArray() {
        return data.clone();
    }

    public int length() {
        return data.length;
    }

    public boolean isEmpty() {
        return data.length == 0;
    }

    public byte get(int index) {
        return data[index];
    }

    public String toHex() {
        return HexFormat.of().formatHex(data);
    }

    /** Lends the array without copying, for encoders that only read it. */
    public byte[] unsafeArray() {
        return data;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bytes bytes && Arrays.equals(data, bytes.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return data.length <= 32
                ? "0x" + toHex()
                : "0x" + HexFormat.of().formatHex(data, 0, 32) + "…(" + data.length + " bytes)";
    }
}
