package dev.ocfcloud.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The path of a resource on its device ({@code /light/1}), as the device published it. It is used
 * as a key and sent back to the device as Uri-Path options, so only plain absolute paths are
 * accepted: no query, fragment, empty or dot segments, control characters or backslashes.
 */
public record ResourceHref(String value) implements Comparable<ResourceHref> {
    public static final int MAX_LENGTH = 256;

    public ResourceHref {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException("invalid resource href " + Texts.quote(value) + ": " + problem);
        }
    }

    @JsonCreator
    public static ResourceHref of(String value) {
        return new ResourceHref(value);
    }

    /** The href, or empty when the text is not an acceptable href. */
    public static Optional<ResourceHref> parse(String text) {
        return problemWith(text) == null ? Optional.of(new ResourceHref(text)) : Optional.empty();
    }

    /** The Uri-Path segments of this href: {@code /light/1} gives {@code light}, {@code 1}. */
    public String[] segments() {
        return value.substring(1).split("/", -1);
    }

    private static String problemWith(String text) {
        if (text == null || text.length() < 2 || text.charAt(0) != '/') {
            return "must start with '/' and name a resource";
        }
        if (text.length() > MAX_LENGTH) {
            return "longer than " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '?' || c == '#' || c == '\\') {
                return "contains a space, control character, '?', '#' or '\\'";
            }
        }
        for (String segment : text.substring(1).split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "has an empty, '.' or '..' segment";
            }
        }
        return null;
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(ResourceHref other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
