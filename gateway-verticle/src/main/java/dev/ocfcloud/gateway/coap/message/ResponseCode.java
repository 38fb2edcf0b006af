package dev.ocfcloud.gateway.coap.message;

/**
 * A response code: class 2 (success), 4 (client error) or 5 (server error), RFC 7252 §5.9 and §12.1.2.
 * Any detail of those classes is a valid response code; the constants are the registered ones we use.
 */
public record ResponseCode(CoapCode code) {
    public static final ResponseCode CREATED = new ResponseCode(2, 1);
    public static final ResponseCode DELETED = new ResponseCode(2, 2);
    public static final ResponseCode VALID = new ResponseCode(2, 3);
    public static final ResponseCode CHANGED = new ResponseCode(2, 4);
    public static final ResponseCode CONTENT = new ResponseCode(2, 5);
    public static final ResponseCode CONTINUE = new ResponseCode(2, 31);
    public static final ResponseCode BAD_REQUEST = new ResponseCode(4, 0);
    public static final ResponseCode UNAUTHORIZED = new ResponseCode(4, 1);
    public static final ResponseCode BAD_OPTION = new ResponseCode(4, 2);
    public static final ResponseCode FORBIDDEN = new ResponseCode(4, 3);
    public static final ResponseCode NOT_FOUND = new ResponseCode(4, 4);
    public static final ResponseCode METHOD_NOT_ALLOWED = new ResponseCode(4, 5);
    public static final ResponseCode NOT_ACCEPTABLE = new ResponseCode(4, 6);
    public static final ResponseCode REQUEST_ENTITY_INCOMPLETE = new ResponseCode(4, 8);
    public static final ResponseCode PRECONDITION_FAILED = new ResponseCode(4, 12);
    public static final ResponseCode REQUEST_ENTITY_TOO_LARGE = new ResponseCode(4, 13);
    public static final ResponseCode UNSUPPORTED_CONTENT_FORMAT = new ResponseCode(4, 15);
    public static final ResponseCode INTERNAL_SERVER_ERROR = new ResponseCode(5, 0);
    public static final ResponseCode NOT_IMPLEMENTED = new ResponseCode(5, 1);
    public static final ResponseCode BAD_GATEWAY = new ResponseCode(5, 2);
    public static final ResponseCode SERVICE_UNAVAILABLE = new ResponseCode(5, 3);
    public static final ResponseCode GATEWAY_TIMEOUT = new ResponseCode(5, 4);
    public static final ResponseCode PROXYING_NOT_SUPPORTED = new ResponseCode(5, 5);

    public ResponseCode {
        if (!isResponse(code)) {
            throw new IllegalArgumentException(code + " is not a response code (classes 2, 4, 5)");
        }
    }

    public ResponseCode(int codeClass, int detail) {
        this(CoapCode.of(codeClass, detail));
    }

    /** The response code with this code, interned for the decoding path. */
    public static ResponseCode of(CoapCode code) {
        ResponseCode interned = Interned.BY_VALUE[code.value()];
        return interned != null ? interned : new ResponseCode(code);
    }

    static boolean isResponse(CoapCode code) {
        int codeClass = code.codeClass();
        return codeClass == 2 || codeClass == 4 || codeClass == 5;
    }

    public boolean isSuccess() {
        return code.codeClass() == 2;
    }

    /** The reason phrase of RFC 7252 §12.1.2 and RFC 7959 §2.9 for registered codes, else empty. */
    public String reasonPhrase() {
        return switch (code.value()) {
            case 0x41 -> "Created";
            case 0x42 -> "Deleted";
            case 0x43 -> "Valid";
            case 0x44 -> "Changed";
            case 0x45 -> "Content";
            case 0x5F -> "Continue";
            case 0x80 -> "Bad Request";
            case 0x81 -> "Unauthorized";
            case 0x82 -> "Bad Option";
            case 0x83 -> "Forbidden";
            case 0x84 -> "Not Found";
            case 0x85 -> "Method Not Allowed";
            case 0x86 -> "Not Acceptable";
            case 0x88 -> "Request Entity Incomplete";
            case 0x8C -> "Precondition Failed";
            case 0x8D -> "Request Entity Too Large";
            case 0x8F -> "Unsupported Content-Format";
            case 0xA0 -> "Internal Server Error";
            case 0xA1 -> "Not Implemented";
            case 0xA2 -> "Bad Gateway";
            case 0xA3 -> "Service Unavailable";
            case 0xA4 -> "Gateway Timeout";
            case 0xA5 -> "Proxying Not Supported";
            default -> "";
        };
    }

    @Override
    public String toString() {
        String phrase = reasonPhrase();
        return phrase.isEmpty() ? code.toString() : code + " " + phrase;
    }

    /** Holder so the table is built after the constants above. */
    private static final class Interned {
        private static final ResponseCode[] BY_VALUE = new ResponseCode[256];

        static {
            for (int value = 0; value < BY_VALUE.length; value++) {
                CoapCode code = CoapCode.of(value);
                if (isResponse(code)) {
                    BY_VALUE[value] = new ResponseCode(code);
                }
            }
        }
    }
}
