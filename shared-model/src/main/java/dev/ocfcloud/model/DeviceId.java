package dev.ocfcloud.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The id an OCF device gives itself ({@code di}): a UUID in its 36-character text form, kept in
 * lower case. Only the shape is checked: real devices send UUIDs whose variant bits are not
 * RFC 9562 conformant (iotivity-lite's {@code aded1776-0ebd-4772-534b-8becf3ebb367}).
 */
public record DeviceId(String value) implements Comparable<DeviceId> {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public DeviceId {
        if (value == null || !UUID_TEXT.matcher(value).matches()) {
            throw new IllegalArgumentException("a device id is a lower-case UUID, was " + Texts.quote(value));
        }
    }

    /** Accepts any case and normalises it; rejects anything that is not a UUID. */
    @JsonCreator
    public static DeviceId of(String text) {
        return new DeviceId(text == null ? null : text.toLowerCase(Locale.ROOT));
    }

    /** The id, or empty when the text is not a UUID. */
    public static Optional<DeviceId> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return UUID_TEXT.matcher(lower).matches() ? Optional.of(new DeviceId(lower)) : Optional.empty();
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(DeviceId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
