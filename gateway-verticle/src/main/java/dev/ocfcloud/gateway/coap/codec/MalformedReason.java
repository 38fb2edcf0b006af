package dev.ocfcloud.gateway.coap.codec;

/** Why a frame is malformed, each with the rule it breaks. */
public enum MalformedReason {
    TOKEN_LENGTH_RESERVED("token length 9-15 is reserved (RFC 8323 §3.2, RFC 7252 §3)"),
    FRAME_TOO_LARGE("frame larger than our Max-Message-Size (RFC 8323 §5.3.1)"),
    EMPTY_MESSAGE_NOT_EMPTY("code 0.00 with a token, options or payload (RFC 7252 §4.1)"),
    OPTION_DELTA_RESERVED("option delta 15 outside a payload marker (RFC 7252 §3.1)"),
    OPTION_LENGTH_RESERVED("option length 15 outside a payload marker (RFC 7252 §3.1)"),
    OPTION_HEADER_TRUNCATED("option delta/length extension past the end of the frame (RFC 7252 §3.1)"),
    OPTION_VALUE_TRUNCATED("option value past the end of the frame (RFC 7252 §3.1)"),
    OPTION_NUMBER_TOO_LARGE("option number above 65535 (RFC 7252 §3.1)"),
    PAYLOAD_MARKER_WITHOUT_PAYLOAD("payload marker followed by no payload (RFC 7252 §3.1)");

    private final String description;

    MalformedReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
