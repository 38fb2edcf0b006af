package dev.ocfcloud.model.resource;

/**
 * CoAP Content-Format numbers (RFC 7252 §12.3) a resource representation may come in. OCF devices
 * send {@link #OCF_CBOR}; the cloud stores what they send and converts at its edges.
 */
public final class ContentFormat {
    public static final int TEXT_PLAIN = 0;
    public static final int JSON = 50;
    public static final int CBOR = 60;
    /** {@code application/vnd.ocf+cbor}, what iotivity-lite always answers with. */
    public static final int OCF_CBOR = 10000;
    /** No payload, hence no format. */
    public static final int NONE = -1;

    private ContentFormat() {}

    public static boolean isCbor(int format) {
        return format == CBOR || format == OCF_CBOR;
    }

    public static String mediaType(int format) {
        return switch (format) {
            case TEXT_PLAIN -> "text/plain";
            case JSON -> "application/json";
            case CBOR -> "application/cbor";
            case OCF_CBOR -> "application/vnd.ocf+cbor";
            case NONE -> "";
            default -> "application/octet-stream";
        };
    }
}
