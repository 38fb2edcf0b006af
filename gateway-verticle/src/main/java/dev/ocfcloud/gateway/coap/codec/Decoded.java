package dev.ocfcloud.gateway.coap.codec;

import dev.ocfcloud.gateway.coap.message.CoapMessage;
import java.util.Objects;

/** A well-formed frame and the message it carries. */
public record Decoded(CoapMessage message) implements DecodeResult {
    public Decoded {
        Objects.requireNonNull(message, "message");
    }
}
