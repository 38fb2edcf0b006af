package dev.ocfcloud.gateway.coap.message;

/** A Content-Format or Accept value (RFC 7252 §12.3; OCF Core registers 10000). */
public record ContentFormat(int value) {
    public static final ContentFormat TEXT_PLAIN = new ContentFormat(0);
    public static final ContentFormat APPLICATION_JSON = new ContentFormat(50);
    public static final ContentFormat APPLICATION_CBOR = new ContentFormat(60);
    /** {@code application/vnd.ocf+cbor}: what iotivity-lite sends and accepts (PROTOCOL.md §1.0). */
    public static final ContentFormat OCF_CBOR = new ContentFormat(10000);

    public ContentFormat {
        if (value < 0 || value > 65535) {
            throw new IllegalArgumentException("a Content-Format is 0..65535 (RFC 7252 §5.10.3), was " + value);
        }
    }

    @Override
    public String toString() {
        return switch (value) {
            case 0 -> "text/plain;charset=utf-8";
            case 50 -> "application/json";
            case 60 -> "application/cbor";
            case 10000 -> "application/vnd.ocf+cbor";
            default -> Integer.toString(value);
        };
    }
}
