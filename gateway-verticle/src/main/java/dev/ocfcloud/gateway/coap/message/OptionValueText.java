package dev.ocfcloud.gateway.coap.message;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Renders a request/response option value for logs in its RFC 7252 §3.2 format. */
final class OptionValueText {
    private OptionValueText() {}

    static String of(int number, byte[] value) {
        return switch (number) {
            case OptionNumber.URI_HOST,
                    OptionNumber.LOCATION_PATH,
                    OptionNumber.URI_PATH,
                    OptionNumber.URI_QUERY,
                    OptionNumber.LOCATION_QUERY,
                    OptionNumber.PROXY_URI,
                    OptionNumber.PROXY_SCHEME -> "'" + new String(value, StandardCharsets.UTF_8) + "'";
            case OptionNumber.OBSERVE,
                    OptionNumber.URI_PORT,
                    OptionNumber.CONTENT_FORMAT,
                    OptionNumber.MAX_AGE,
                    OptionNumber.ACCEPT,
                    OptionNumber.BLOCK2,
                    OptionNumber.BLOCK1,
                    OptionNumber.SIZE2,
                    OptionNumber.SIZE1,
                    OptionNumber.OCF_ACCEPT_CONTENT_FORMAT_VERSION,
                    OptionNumber.OCF_CONTENT_FORMAT_VERSION ->
                value.length <= 8
                        ? Long.toString(OptionUint.decode(value, 0, value.length))
                        : "0x" + HexFormat.of().formatHex(value);
            default -> "0x" + HexFormat.of().formatHex(value);
        };
    }
}
