package dev.ocfcloud.gateway.coap.message;

/**
 * Numbers of the request/response options we know (RFC 7252 §5.10 and §12.2, RFC 7641, RFC 7959,
 * and the two OCF options of OCF Core §12.2.5). Signals number their options per signal code
 * instead (RFC 8323 §5.3–5.6): see the constants on {@link Csm}, {@link Ping}, {@link Release} and
 * {@link Abort}.
 */
public final class OptionNumber {
    public static final int IF_MATCH = 1;
    public static final int URI_HOST = 3;
    public static final int ETAG = 4;
    public static final int IF_NONE_MATCH = 5;
    public static final int OBSERVE = 6;
    public static final int URI_PORT = 7;
    public static final int LOCATION_PATH = 8;
    public static final int URI_PATH = 11;
    public static final int CONTENT_FORMAT = 12;
    public static final int MAX_AGE = 14;
    public static final int URI_QUERY = 15;
    public static final int ACCEPT = 17;
    public static final int LOCATION_QUERY = 20;
    public static final int BLOCK2 = 23;
    public static final int BLOCK1 = 27;
    public static final int SIZE2 = 28;
    public static final int PROXY_URI = 35;
    public static final int PROXY_SCHEME = 39;
    public static final int SIZE1 = 60;
    public static final int OCF_ACCEPT_CONTENT_FORMAT_VERSION = 2049;
    public static final int OCF_CONTENT_FORMAT_VERSION = 2053;

    /** The largest option number: the sum of deltas must fit 16 bits (RFC 7252 §3.1). */
    public static final int MAX = 65535;

    private OptionNumber() {}

    /** The registered name of a request/response option, or {@code "Unknown"}. */
    public static String name(int number) {
        return switch (number) {
            case IF_MATCH -> "If-Match";
            case URI_HOST -> "Uri-Host";
            case ETAG -> "ETag";
            case IF_NONE_MATCH -> "If-None-Match";
            case OBSERVE -> "Observe";
            case URI_PORT -> "Uri-Port";
            case LOCATION_PATH -> "Location-Path";
            case URI_PATH -> "Uri-Path";
            case CONTENT_FORMAT -> "Content-Format";
            case MAX_AGE -> "Max-Age";
            case URI_QUERY -> "Uri-Query";
            case ACCEPT -> "Accept";
            case LOCATION_QUERY -> "Location-Query";
            case BLOCK2 -> "Block2";
            case BLOCK1 -> "Block1";
            case SIZE2 -> "Size2";
            case PROXY_URI -> "Proxy-Uri";
            case PROXY_SCHEME -> "Proxy-Scheme";
            case SIZE1 -> "Size1";
            case OCF_ACCEPT_CONTENT_FORMAT_VERSION -> "OCF-Accept-Content-Format-Version";
            case OCF_CONTENT_FORMAT_VERSION -> "OCF-Content-Format-Version";
            default -> "Unknown";
        };
    }

    /** Odd numbers are critical: a recipient that does not know one must reject (RFC 7252 §5.4.1). */
    public static boolean isCritical(int number) {
        return (number & 1) == 1;
    }
}
