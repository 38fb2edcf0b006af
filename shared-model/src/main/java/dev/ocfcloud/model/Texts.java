package dev.ocfcloud.model;

/** Small helpers for messages that quote untrusted text. */
public final class Texts {
    private static final int MAX_QUOTED = 80;

    private Texts() {}

    /** Quotes text for an error message, cut short and with control characters escaped. */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("'");
        int end = Math.min(text.length(), MAX_QUOTED);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > MAX_QUOTED) {
            out.append("…");
        }
        return out.append('\'').toString();
    }
}
