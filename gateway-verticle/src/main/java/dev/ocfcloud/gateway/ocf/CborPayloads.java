package dev.ocfcloud.gateway.ocf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.ocfcloud.gateway.coap.message.CoapMessage;
import dev.ocfcloud.gateway.coap.message.ContentFormat;
import dev.ocfcloud.model.error.CloudException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads and writes the CBOR bodies of OCF requests. Devices send indefinite-length maps
 * (iotivity-lite); unknown keys are ignored (PROTOCOL.md §1.1).
 */
public final class CborPayloads {
    private static final CBORMapper MAPPER = new CBORMapper();

    private CborPayloads() {}

    public static CBORMapper mapper() {
        return MAPPER;
    }

    /**
     * The body as a CBOR map.
     *
     * @throws CloudException answered 4.00 when the body is absent, of another content format, not
     *     CBOR, or not a map
     */
    public static ObjectNode map(CoapMessage message) {
        Optional<ContentFormat> format = message.options().contentFormat();
        if (format.isPresent()
                && !format.get().equals(ContentFormat.OCF_CBOR)
                && !format.get().equals(ContentFormat.APPLICATION_CBOR)) {
            throw BadRequest.because("content format " + format.get() + " is not CBOR");
        }
        if (message.payload().isEmpty()) {
            throw BadRequest.because("a CBOR map body is required");
        }
        JsonNode body;
        try {
            body = MAPPER.readTree(message.payload().asInputStream());
        } catch (IOException e) {
            throw BadRequest.because("the body is not valid CBOR");
        }
        if (body == null || !body.isObject()) {
            throw BadRequest.because("the body is not a CBOR map");
        }
        return (ObjectNode) body;
    }

    /** A required text field, non-empty. */
    public static String text(ObjectNode body, String field) {
        return optionalText(body, field).orElseThrow(() -> BadRequest.because("'" + field + "' is required"));
    }

    public static Optional<String> optionalText(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw BadRequest.because("'" + field + "' must be a text string");
        }
        return value.asText().isEmpty() ? Optional.empty() : Optional.of(value.asText());
    }

    public static ObjectNode newMap() {
        return MAPPER.createObjectNode();
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
